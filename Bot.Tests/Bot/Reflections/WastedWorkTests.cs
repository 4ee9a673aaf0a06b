using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Benchmark;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>A card action that changes nothing writes nothing, and text already kept is not anonymised again.</summary>
public sealed class WastedWorkTests : IDisposable
{
    private const string User = TestCoordinator.User;

    private readonly CoordinatorRig _rig = new("wasted-work");
    private readonly StorageCallCounter _calls = new();
    private readonly LocalFolderSessionStore _storage;
    private readonly ReflectionCoordinator _coordinator;

    public WastedWorkTests()
    {
        _storage = _rig.NewStorage();
        _coordinator = _rig.Coordinator(new CountingSessionStore(_storage, _calls));
    }

    [Fact]
    public async Task HideWords_MatchingNothing_WritesNothing_AndTheCardStillWorks()
    {
        var review = await QuickReviewAsync();
        var before = _calls.Snapshot();

        var view = await _coordinator.ApplyAsync(User, new SessionAction(SessionVerb.HideWords, review.Model.Stamp), new Dictionary<string, string> { ["hideWords"] = "zebra" }, default);

        Assert.IsType<ReflectionView.Review>(view);
        Assert.Equal(0, (_calls.Snapshot() - before).Writes);
        var confirmed = await _coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Confirm, review.Model.Stamp), new Dictionary<string, string>(), default);
        Assert.IsType<ReflectionView.Confirmed>(confirmed);
    }

    [Fact]
    public async Task HideWords_MatchingSomething_IsWritten()
    {
        var review = await QuickReviewAsync();
        var before = _calls.Snapshot();

        await _coordinator.ApplyAsync(User, new SessionAction(SessionVerb.HideWords, review.Model.Stamp), new Dictionary<string, string> { ["hideWords"] = "heavy" }, default);

        Assert.Equal(1, (_calls.Snapshot() - before).Writes);
    }

    [Fact]
    public void Redact_TextAsAlreadyKept_IsNotAnonymisedAgain_ChangedTextIs()
    {
        var redactor = new SubmissionRedactor(new Anonymiser(), TestPseudonyms.Create(_rig.Key));
        var step = QuickCheckInFlow.Definition.Steps[1];
        const string Written = "Sam rang on 07700 900123.";
        var submission = new Dictionary<string, string> { [QuickCheckInFlow.Inputs.OneSentence.Value] = Written };

        // What the session keeps is, by construction, already anonymised: a text equal to it is
        // passed through untouched, which is how this test can see the anonymiser did not run.
        var kept = redactor.Redact(QuickCheckInFlow.Definition, step, submission, redactor.Restore([]), id => id == QuickCheckInFlow.Inputs.OneSentence ? Written : null);
        var changed = redactor.Redact(QuickCheckInFlow.Definition, step, submission, redactor.Restore([]), id => id == QuickCheckInFlow.Inputs.OneSentence ? "Something else." : null);

        Assert.Equal(Written, kept.Values[QuickCheckInFlow.Inputs.OneSentence.Value]);
        Assert.DoesNotContain("07700", changed.Values[QuickCheckInFlow.Inputs.OneSentence.Value], StringComparison.Ordinal);
    }

    public void Dispose() => _rig.Dispose();

    private async Task<ReflectionView.Review> QuickReviewAsync()
    {
        var step = (ReflectionView.Step)await _coordinator.StartAsync(User, QuickCheckInFlow.Id, default);
        step = (ReflectionView.Step)await AnswerAsync(step, new() { ["howTheWorkSits"] = step.View.Step.Inputs[0].Choices[0].Value });
        step = (ReflectionView.Step)await AnswerAsync(step, new() { ["oneSentence"] = "The work felt heavy this week." });
        return (ReflectionView.Review)await AnswerAsync(step, new() { ["sharing"] = "private" });
    }

    private Task<ReflectionView> AnswerAsync(ReflectionView.Step step, Dictionary<string, string> values) =>
        _coordinator.ApplyAsync(User, new SessionAction(SessionVerb.Answer, step.View.Stamp), values, default);
}
