using Microsoft.Extensions.Logging;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>
/// Identifiers leave a therapist's words before the engine or bot state sees them: the declared
/// client name is kept only as keyed hashes, and what is stored on disk never holds a name.
/// </summary>
public sealed class ReflectionRedactionTests : IDisposable
{
    private const string User = TestCoordinator.User;

    private readonly CoordinatorRig _rig = new("redaction");
    private readonly LocalFolderSessionStore _storage;
    private readonly ReflectionCoordinator _coordinator;

    public ReflectionRedactionTests()
    {
        _storage = _rig.NewStorage();
        _coordinator = CoordinatorWith(new Anonymiser());
    }

    private ReflectionCoordinator CoordinatorWith(Anonymiser anonymiser) => _rig.Coordinator(_storage, anonymiser);

    [Fact]
    public async Task DeclaredName_IsRemovedFromLaterSteps_AndNeverReachesStorage()
    {
        var first = (ReflectionView.Step)await _coordinator.StartAsync(User, SessionReflectionFlow.Id, default);
        var second = (ReflectionView.Step)await Answer(first, new()
        {
            ["caseLabel"] = "Client A",
            ["phase"] = "middle",
            ["clientFirstName"] = "Samantha",
        });

        var third = (ReflectionView.Step)await Answer(second, new()
        {
            ["howHeld"] = second.View.Step.Inputs[0].Choices[2].Value,
            ["heldHelpedOrHindered"] = "samantha's mum rang 07700 900123 on 12 March; Sammy went quiet and Samanta cried.",
        });

        var text = await StoredText(SessionReflectionFlow.Inputs.HeldHelpedOrHindered);
        Assert.DoesNotContain("amant", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sammy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", text, StringComparison.Ordinal);
        Assert.Contains("[CLIENT]", text, StringComparison.Ordinal);
        Assert.Equal(3, third.View.Number);
        AssertNothingOnDiskContains("Samantha", "Sammy", "07700 900123", "12 March");
    }

    [Fact]
    public async Task APersonFoundInOneStep_KeepsTheSameTagInLaterSteps()
    {
        var third = await ThirdCardAfterWriting("She talked about her son Tomasz for most of the hour.");

        await Answer(third, new() { ["riskNotes"] = "When Tomasz came up again I felt protective." });

        var session = await StoredSession();
        var earlier = ((AnswerValue.Text)session.Answers[SessionReflectionFlow.Inputs.HeldHelpedOrHindered]).Value;
        var later = ((AnswerValue.Text)session.Answers[SessionReflectionFlow.Inputs.RiskNotes]).Value;
        Assert.Contains("[PERSON-1]", earlier, StringComparison.Ordinal);
        Assert.Contains("[PERSON-1]", later, StringComparison.Ordinal);
        AssertNothingOnDiskContains("Tomasz");
    }

    [Fact]
    public async Task EarlierAnswers_AreAnonymisedAgain_OnlyWhenTheAnonymiserLearntSomethingNew()
    {
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var coordinator = _rig.Coordinator(_storage, logger: loggers.CreateLogger<ReflectionCoordinator>());
        int Reanonymised() => logs.Entries.Count(e => e.Message.Contains("earlier answers were anonymised again", StringComparison.Ordinal));
        Task<ReflectionView> Answer(ReflectionView.Step step, Dictionary<string, string> values) =>
            coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Answer, step.View.Stamp), values, default);

        var first = (ReflectionView.Step)await coordinator.StartAsync(User, SessionReflectionFlow.Id, default);
        var second = (ReflectionView.Step)await Answer(first, new() { ["caseLabel"] = "Client A", ["phase"] = "middle" });
        var third = (ReflectionView.Step)await Answer(second, new()
        {
            ["howHeld"] = second.View.Step.Inputs[0].Choices[2].Value,
            ["heldHelpedOrHindered"] = "The frame held; we stayed with the silence.",
        });
        Assert.Equal(0, Reanonymised());

        var fourth = (ReflectionView.Step)await Answer(third, new() { ["riskNotes"] = "When she spoke of her sister Ifeoma I felt worried for her." });
        Assert.Equal(1, Reanonymised());

        await Answer(fourth, new() { ["cuesInOwnWords"] = "She went quiet, then smiled when we named it." });
        Assert.Equal(1, Reanonymised());
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Ifeoma", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APersonFirstNamedInALaterStep_IsAlsoRemovedFromEarlierSteps()
    {
        var third = await ThirdCardAfterWriting("Ifeoma came up again and again.");

        await Answer(third, new() { ["riskNotes"] = "When she spoke of her sister Ifeoma I felt sad." });

        var session = await StoredSession();
        Assert.DoesNotContain("Ifeoma", ((AnswerValue.Text)session.Answers[SessionReflectionFlow.Inputs.HeldHelpedOrHindered]).Value, StringComparison.Ordinal);
        AssertNothingOnDiskContains("Ifeoma");
    }

    [Fact]
    public async Task AClientNameDeclaredOnGoingBack_IsRemovedFromAnswersWrittenBeforeIt()
    {
        var third = await ThirdCardAfterWriting("I kept thinking of samanta after the session ended.");
        var heldBefore = await StoredText(SessionReflectionFlow.Inputs.HeldHelpedOrHindered);

        // Back to the first card, where the client's first name is declared only now: only what the
        // anonymiser learnt from it (the name's forms, misspellings too) can find the earlier word.
        var back = (ReflectionView.Step)await _coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Back, third.View.Stamp), new Dictionary<string, string>(), default);
        var again = (ReflectionView.Step)await _coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Back, back.View.Stamp), new Dictionary<string, string>(), default);
        Assert.Equal(1, again.View.Number);
        await Answer(again, new() { ["caseLabel"] = "Client A", ["phase"] = "middle", ["clientFirstName"] = "Samantha" });

        var held = await StoredText(SessionReflectionFlow.Inputs.HeldHelpedOrHindered);
        Assert.Contains("samanta", heldBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("samanta", held, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[CLIENT]", held, StringComparison.Ordinal);
        AssertNothingOnDiskContains("Samantha", "samanta");
    }

    [Fact]
    public async Task AnonymiserThatFails_KeepsNothingFromTheCard_AndSaysSo()
    {
        var first = (ReflectionView.Step)await _coordinator.StartAsync(User, QuickCheckInFlow.Id, default);
        var second = (ReflectionView.Step)await Answer(first, new() { ["howTheWorkSits"] = first.View.Step.Inputs[0].Choices[0].Value });

        // A budget nothing can meet: the anonymiser gives up, as it would on a pathological text.
        var failing = CoordinatorWith(new Anonymiser(new AnonymiserOptions { TimeBudget = TimeSpan.FromTicks(1) }));
        var view = await failing.ApplyAsync(User, new SessionAction(SessionVerb.Answer, second.View.Stamp), new Dictionary<string, string> { ["oneSentence"] = "Ottoline Marchbanks rang." }, default);

        var again = Assert.IsType<ReflectionView.Step>(view);
        Assert.Equal(second.View.Stamp, again.View.Stamp);
        Assert.Contains(again.Errors, e => e.Message == SubmissionRedactor.FailedMessage);
        Assert.Equal(second.View.Stamp.Version, (await StoredSession()).Version);
        AssertNothingOnDiskContains("Ottoline", "Marchbanks");
    }

    [Fact]
    public async Task ACaseLabelThatIdentifiesSomeone_IsRefusedWithAKindMessage()
    {
        var first = (ReflectionView.Step)await _coordinator.StartAsync(User, SessionReflectionFlow.Id, default);

        var view = await Answer(first, new() { ["caseLabel"] = "Mrs Okonkwo-Blake", ["phase"] = "middle" });

        var again = Assert.IsType<ReflectionView.Step>(view);
        Assert.Equal(1, again.View.Number);
        Assert.Contains(again.Errors, e => e.Message == SubmissionRedactor.LabelMessage);
        AssertNothingOnDiskContains("Okonkwo");
    }

    [Fact]
    public async Task HideWords_OnTheReview_RemovesThemFromWhatWillBeKept()
    {
        var step = (ReflectionView.Step)await _coordinator.StartAsync(User, QuickCheckInFlow.Id, default);
        step = (ReflectionView.Step)await Answer(step, new() { ["howTheWorkSits"] = step.View.Step.Inputs[0].Choices[0].Value });
        step = (ReflectionView.Step)await Answer(step, new() { ["oneSentence"] = "The bluebell group felt heavy." });
        var review = (ReflectionView.Review)await Answer(step, new() { ["sharing"] = "private" });

        var hidden = await _coordinator.ApplyAsync(
            User,
            new SessionAction(SessionVerb.HideWords, review.Model.Stamp),
            new Dictionary<string, string> { ["hideWords"] = "bluebell" },
            default);

        var after = Assert.IsType<ReflectionView.Review>(hidden);
        Assert.Contains(after.Model.Steps.SelectMany(s => s.Items), i => i.DisplayText == "The [HIDDEN] group felt heavy.");
        AssertNothingOnDiskContains("bluebell");
    }

    public void Dispose() => _rig.Dispose();

    private Task<ReflectionView> Answer(ReflectionView.Step step, Dictionary<string, string> values) =>
        _coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Answer, step.View.Stamp), values, default);

    private async Task<ReflectionSession> StoredSession() =>
        (await new OpenReflectionStore(_storage).LoadAsync(User, default))!.Session;

    private async Task<string> StoredText(InputId input) => ((AnswerValue.Text)(await StoredSession()).Answers[input]).Value;

    /// <summary>A session reflection with a case label and phase, and <paramref name="held"/> written on its second card: its third card.</summary>
    private async Task<ReflectionView.Step> ThirdCardAfterWriting(string held)
    {
        var first = (ReflectionView.Step)await _coordinator.StartAsync(User, SessionReflectionFlow.Id, default);
        var second = (ReflectionView.Step)await Answer(first, new() { ["caseLabel"] = "Client A", ["phase"] = "middle" });
        return (ReflectionView.Step)await Answer(second, new()
        {
            ["howHeld"] = second.View.Step.Inputs[0].Choices[2].Value,
            ["heldHelpedOrHindered"] = held,
        });
    }

    private void AssertNothingOnDiskContains(params string[] secrets)
    {
        foreach (var file in Directory.EnumerateFiles(_rig.Folder, "*", SearchOption.AllDirectories))
        {
            var content = File.ReadAllText(file);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, content, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
