using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Supervision.Digests;
using static SupervisionBot.Bot.Tests.Supervision.Digests.DigestSamples;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Supervision.Digests;

public class DigestComposerTests
{
    private static readonly string Withdrawal = SessionReflectionFlow.Ruptures.Withdrawal.Value;

    [Fact]
    public void SupervisorDigest_BelowTheMinimum_SaysOnlyThat()
    {
        var composer = Composed(Request(minimum: 3), [
            Reflection(1, question: "How do I end well?", held: 2, contact: true),
            Reflection(2, DigestSharing.Supervisor, question: "Am I too cautious?", held: 4),
            Reflection(2, held: 3),
        ]);

        var digest = composer.SupervisorDigest();

        Assert.False(digest.MeetsMinimum);
        Assert.Equal(3, digest.MinimumContributors);
        Assert.Null(digest.Figures);
        Assert.Empty(digest.Questions);
        Assert.Equal(0, digest.QuestionsNotShown);
        Assert.Empty(digest.SharedWithSupervisors);
        Assert.Equal(0, digest.SharedWithSupervisorsNotShown);
        Assert.Empty(digest.Prompts);
        Assert.Null(digest.Baseline);
    }

    [Fact]
    public void SupervisorDigest_AtExactlyTheMinimum_ShowsTheFigures()
    {
        var digest = Composed(Request(minimum: 3), [Reflection(1, held: 2), Reflection(2, held: 3), Reflection(3, held: 5)]).SupervisorDigest();

        Assert.True(digest.MeetsMinimum);
        Assert.Equal(3, digest.Figures!.Contributors);
        Assert.Equal(3, digest.Figures.Reflections);
    }

    [Fact]
    public void Contributors_AreDistinctAuthors_NotReflections()
    {
        var digest = Composed(Request(minimum: 3), Enumerable.Range(0, 6).Select(_ => Reflection(1, held: 3)).Append(Reflection(2))).SupervisorDigest();

        Assert.False(digest.MeetsMinimum);
    }

    [Fact]
    public void PrivateReflections_NeverCount_NorShow()
    {
        var composer = Composed(Request(minimum: 3), [
            Reflection(1, DigestSharing.Private, question: "A private question", held: 1, contact: true, rupture: Withdrawal),
            Reflection(2, DigestSharing.Private, held: 1),
            Reflection(3, held: 4),
            Reflection(4, held: 4),
        ]);

        Assert.False(composer.SupervisorDigest().MeetsMinimum);
        Assert.False(composer.GroupSummary().MeetsMinimum);
        Assert.Equal(2, composer.Included);

        composer.Add(Reflection(5, held: 5));
        var digest = composer.SupervisorDigest();
        Assert.Equal(3, digest.Figures!.Reflections);
        Assert.Equal(0, digest.Figures.ContactRequests);
        Assert.Empty(digest.Figures.Ruptures);
        Assert.DoesNotContain("A private question", digest.Questions);
        Assert.Equal(4, digest.Figures.Ratings.Single().Median);
    }

    [Fact]
    public void OtherGroupsAndOtherPeriods_AreLeftOut()
    {
        var composer = Composed(Request(minimum: 2), [
            Reflection(1, group: OtherGroupId),
            Reflection(2, dayOfPeriod: -1),
            Reflection(3, dayOfPeriod: 12),
            Reflection(4, dayOfPeriod: 14),
            Reflection(5, dayOfPeriod: 0),
        ]);

        Assert.Equal(2, composer.Included);
        Assert.Equal(2, composer.SupervisorDigest().Figures!.Contributors);
    }

    [Fact]
    public void SharedWithSupervisor_AppearsOnlyInTheSupervisorsDigest_WithItsAnswers()
    {
        var composer = Composed(Request(minimum: 2), [
            Reflection(1, DigestSharing.Supervisor, question: "Should I have named the silence?"),
            Reflection(2, question: "How do others handle lateness?"),
            Reflection(3, question: "When is it time to refer on?"),
        ]);

        var digest = composer.SupervisorDigest();
        var summary = composer.GroupSummary();

        var shared = Assert.Single(digest.SharedWithSupervisors);
        Assert.Equal("Client B", shared.CaseLabel);
        Assert.Equal("Reflect on a session", shared.FlowTitle);
        Assert.Equal(("The question I want to bring", "Should I have named the silence?"), (shared.Answers[0].Label, shared.Answers[0].Text));
        Assert.DoesNotContain("Should I have named the silence?", digest.Questions);
        Assert.Equal(["How do others handle lateness?", "When is it time to refer on?"], digest.Questions.AsEnumerable());

        Assert.True(summary.MeetsMinimum);
        Assert.Equal(2, summary.Figures!.Reflections);
        Assert.Equal(["How do others handle lateness?", "When is it time to refer on?"], summary.Questions.AsEnumerable());
        Assert.Null(summary.Figures.ContactRequests);
    }

    [Fact]
    public void GroupSummary_CountsOnlyGroupShared_AndHasItsOwnMinimum()
    {
        var composer = Composed(Request(minimum: 3), [
            Reflection(1, DigestSharing.Supervisor),
            Reflection(2, DigestSharing.Supervisor),
            Reflection(3, question: "Only group-shared question"),
        ]);

        Assert.True(composer.SupervisorDigest().MeetsMinimum);
        var summary = composer.GroupSummary();
        Assert.False(summary.MeetsMinimum);
        Assert.Null(summary.Figures);
        Assert.Empty(summary.Questions);
    }

    [Fact]
    public void Questions_AreInAlphabeticalOrder_WhateverOrderTheyArrivedIn()
    {
        var reflections = new[]
        {
            Reflection(1, question: "what about endings?", dayOfPeriod: 1),
            Reflection(2, question: "Am I too cautious?", dayOfPeriod: 2),
            Reflection(3, question: "How do I stay with anger?", dayOfPeriod: 3),
        };

        var forwards = Composed(Request(), reflections).SupervisorDigest().Questions;
        var backwards = Composed(Request(), reflections.Reverse()).SupervisorDigest().Questions;

        Assert.Equal(["Am I too cautious?", "How do I stay with anger?", "what about endings?"], forwards.AsEnumerable());
        Assert.Equal(forwards.AsEnumerable(), backwards);
    }

    [Fact]
    public void Questions_BeyondTheLimit_AreCountedAndTheSelectionDoesNotDependOnArrivalOrder()
    {
        var reflections = Enumerable.Range(0, 20)
            .Select(i => Reflection(i, question: $"Question number {i:00}", id: new Guid(i + 1, 0, 0, new byte[8])))
            .ToList();

        var forwards = Composed(Request(), reflections).SupervisorDigest();
        var backwards = Composed(Request(), Enumerable.Reverse(reflections)).SupervisorDigest();

        Assert.Equal(DigestComposer.MaxQuestions, forwards.Questions.Length);
        Assert.Equal(20 - DigestComposer.MaxQuestions, forwards.QuestionsNotShown);
        Assert.Equal(forwards.Questions.AsEnumerable(), backwards.Questions);
        Assert.Equal(forwards.Questions.Order(StringComparer.OrdinalIgnoreCase), forwards.Questions.AsEnumerable());
        // Not simply the first or last to arrive.
        Assert.NotEqual(reflections.Take(DigestComposer.MaxQuestions).Select(r => r.Texts.Values.Single()), forwards.Questions);
        Assert.NotEqual(reflections.TakeLast(DigestComposer.MaxQuestions).Select(r => r.Texts.Values.Single()), forwards.Questions);
    }

    [Fact]
    public void LongQuestions_AreShortenedAtAWord()
    {
        var longQuestion = string.Join(' ', Enumerable.Repeat("containment", 100));

        var question = Composed(Request(2), [Reflection(1, question: longQuestion), Reflection(2)]).SupervisorDigest().Questions.Single();

        Assert.True(question.Length <= DigestComposer.MaxQuestionLength);
        Assert.EndsWith("containment…", question, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratings_GiveMedianQuartilesAndChangeSinceTheLastDigest()
    {
        var previous = new DigestBaseline(Meeting.AddDays(-14), new Dictionary<string, double> { [SessionReflectionFlow.Inputs.HowHeld.Value] = 2 }
            .ToImmutableSortedDictionary(StringComparer.Ordinal));

        var digest = Composed(Request(minimum: 3, previous), [
            Reflection(1, held: 1), Reflection(2, held: 2), Reflection(3, held: 3), Reflection(4, held: 4), Reflection(5, held: 5),
        ]).SupervisorDigest();

        var held = Assert.Single(digest.Figures!.Ratings);
        Assert.Equal((5, 3.0, 2, 4, (double?)1.0), (held.Responses, held.Median, held.LowerQuartile, held.UpperQuartile, held.Change));
        Assert.Equal(3.0, digest.Baseline!.Medians[SessionReflectionFlow.Inputs.HowHeld.Value]);
    }

    [Fact]
    public void Ratings_EvenCount_MedianIsTheMeanOfTheMiddleTwo_AndNoChangeWithoutAPreviousDigest()
    {
        var digest = Composed(Request(minimum: 2), [Reflection(1, held: 2), Reflection(2, held: 5)]).SupervisorDigest();

        var held = Assert.Single(digest.Figures!.Ratings);
        Assert.Equal(3.5, held.Median);
        Assert.Null(held.Change);
    }

    [Fact]
    public void Ratings_AnsweredByFewerThanTheMinimum_AreLeftOutOnTheirOwn()
    {
        var digest = Composed(Request(minimum: 3), [Reflection(1, held: 2), Reflection(2, held: 4), Reflection(3)]).SupervisorDigest();

        Assert.True(digest.MeetsMinimum);
        Assert.Empty(digest.Figures!.Ratings);
    }

    [Fact]
    public void ContactRequests_AreOnlyCounted_AndOnlyForSupervisors()
    {
        var composer = Composed(Request(minimum: 2), [
            Reflection(1, contact: true, question: "Worried about risk"),
            Reflection(2, contact: true),
            Reflection(3),
        ]);

        Assert.Equal(2, composer.SupervisorDigest().Figures!.ContactRequests);
        Assert.Null(composer.GroupSummary().Figures!.ContactRequests);
    }

    [Fact]
    public void Themes_MostReportedFirst_AndNoneIsNotARupture()
    {
        var cues = SessionReflectionFlow.Cues.Silence.Value;
        var digest = Composed(Request(minimum: 2), [
            Reflection(1, rupture: Withdrawal, cues: [cues, SessionReflectionFlow.Cues.Tearfulness.Value]),
            Reflection(2, rupture: Withdrawal, cues: [cues, cues]),
            Reflection(3, rupture: SessionReflectionFlow.Ruptures.Confrontation.Value),
            Reflection(4, rupture: SessionReflectionFlow.Ruptures.None.Value, cues: ["somethingNotOnTheCard"]),
        ]).SupervisorDigest();

        Assert.Equal([("withdrawal", 2), ("confrontation", 1)], digest.Figures!.Ruptures.Select(theme => (theme.Value, theme.Count)));
        Assert.Equal([("silence", 2), ("tearfulness", 1)], digest.Figures.Cues.Select(theme => (theme.Value, theme.Count)));
        Assert.Equal("Long silences", digest.Figures.Cues[0].Label);
    }

    [Fact]
    public void Prompts_DrawOnTheStrongestTheme_AndAlwaysInviteTheSupervisorsOwnProcess()
    {
        var digest = Composed(Request(minimum: 2), [Reflection(1, rupture: Withdrawal), Reflection(2, rupture: Withdrawal)]).SupervisorDigest();

        Assert.Equal(2, digest.Prompts.Length);
        Assert.Contains("moving away", digest.Prompts[0], StringComparison.Ordinal);
        Assert.Equal(SupervisorPrompts.OwnProcess, digest.Prompts[1]);
    }

    [Fact]
    public void SharedWithSupervisors_KeepsTheNewestFew_AndCountsTheRest()
    {
        var reflections = Enumerable.Range(1, 5).Select(day => Reflection(day, DigestSharing.Supervisor, question: $"Day {day}", dayOfPeriod: day)).ToList();

        var digest = Composed(Request(minimum: 2), reflections.OrderBy(_ => Guid.NewGuid())).SupervisorDigest();

        Assert.Equal(["Day 5", "Day 4", "Day 3"], digest.SharedWithSupervisors.Select(shared => shared.Answers[0].Text));
        Assert.Equal(2, digest.SharedWithSupervisorsNotShown);
    }

    [Fact]
    public void Constructor_MinimumBelowTwo_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigestComposer(Request(minimum: 1)));
}
