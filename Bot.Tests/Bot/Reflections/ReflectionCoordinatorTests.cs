using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>
/// The coordinator over the real engine and the real local-folder storage, with a fake clock.
/// </summary>
public sealed class ReflectionCoordinatorTests : IDisposable
{
    private const string User = TestCoordinator.User;

    private readonly CoordinatorRig _rig = new("reflections");

    [Fact]
    public async Task Start_WithNothingOpen_ShowsTheFirstStep_WithASuggestedCaseLabel()
    {
        var view = await Coordinator().StartAsync(User, SessionReflectionFlow.Id, default);

        var step = Assert.IsType<ReflectionView.Step>(view);
        Assert.Equal(1, step.View.Number);
        Assert.Equal("Client A", step.View.Values[SessionReflectionFlow.Inputs.CaseLabel]);
    }

    [Fact]
    public async Task Start_WhileAnotherIsOpen_OffersResumeOrDiscard_AndKeepsTheOpenOne()
    {
        var coordinator = Coordinator();
        var first = (ReflectionView.Step)await coordinator.StartAsync(User, SessionReflectionFlow.Id, default);

        var view = await coordinator.StartAsync(User, QuickCheckInFlow.Id, default);

        var open = Assert.IsType<ReflectionView.OpenExists>(view);
        Assert.Equal(SessionReflectionFlow.Id, open.Open.Id);
        Assert.Equal(QuickCheckInFlow.Id, open.Requested);
        var resumed = Assert.IsType<ReflectionView.Step>(await coordinator.ResumeAsync(User, default));
        Assert.Equal(first.View.Stamp.SessionId, resumed.View.Stamp.SessionId);
    }

    [Fact]
    public async Task Answer_MovesOn_AndARestartedBotResumesWhereItWas()
    {
        var step = (ReflectionView.Step)await Coordinator().StartAsync(User, SessionReflectionFlow.Id, default);

        var next = await Coordinator().ApplyAsync(User, Action(SessionVerb.Answer, step), CaseAnswers(step), default);
        Assert.Equal(2, Assert.IsType<ReflectionView.Step>(next).View.Number);

        // A new coordinator and storage over the same folder: the bot after a restart.
        var resumed = await Coordinator().ResumeAsync(User, default);
        Assert.Equal(2, Assert.IsType<ReflectionView.Step>(resumed).View.Number);
    }

    [Fact]
    public async Task TheSameCardSubmittedTwice_AdvancesOnce_AndTheSecondSeesWhereItIs()
    {
        var coordinator = Coordinator();
        var step = (ReflectionView.Step)await coordinator.StartAsync(User, SessionReflectionFlow.Id, default);
        var action = Action(SessionVerb.Answer, step);

        var first = await coordinator.ApplyAsync(User, action, CaseAnswers(step), default);
        var second = await coordinator.ApplyAsync(User, action, CaseAnswers(step), default);

        var firstStep = Assert.IsType<ReflectionView.Step>(first);
        var secondStep = Assert.IsType<ReflectionView.Step>(second);
        Assert.False(firstStep.WasOutOfDate);
        Assert.True(secondStep.WasOutOfDate);
        Assert.Equal(firstStep.View.Stamp, secondStep.View.Stamp);
    }

    [Fact]
    public async Task ConcurrentDoubleClick_OnlyOneRequestAdvancesTheReflection()
    {
        // Two coordinators over one storage, as two requests reach the one bot process. (The
        // local folder store locks within a process; across processes the blob store's ETags do.)
        var storage = _rig.NewStorage();
        var step = (ReflectionView.Step)await Coordinator(storage).StartAsync(User, SessionReflectionFlow.Id, default);
        var action = Action(SessionVerb.Answer, step);
        var a = Coordinator(storage);
        var b = Coordinator(storage);

        var views = await Task.WhenAll(
            Task.Run(() => a.ApplyAsync(User, action, CaseAnswers(step), default)),
            Task.Run(() => b.ApplyAsync(User, action, CaseAnswers(step), default)));

        var steps = views.Cast<ReflectionView.Step>().ToList();
        Assert.Single(steps, s => !s.WasOutOfDate);
        Assert.All(steps, s => Assert.Equal(step.View.Stamp.Version + 1, s.View.Stamp.Version));
    }

    [Fact]
    public async Task ACardFromADiscardedReflection_IsOutOfDate_AndChangesNothing()
    {
        var coordinator = Coordinator();
        var step = (ReflectionView.Step)await coordinator.StartAsync(User, SessionReflectionFlow.Id, default);
        Assert.IsType<ReflectionView.Discarded>(await coordinator.CancelAsync(User, default));

        var view = await coordinator.ApplyAsync(User, Action(SessionVerb.Answer, step), CaseAnswers(step), default);

        Assert.IsType<ReflectionView.OutOfDate>(view);
        Assert.IsType<ReflectionView.NothingToResume>(await coordinator.ResumeAsync(User, default));
    }

    [Fact]
    public async Task InvalidAnswer_ShowsTheSameStepWithErrors()
    {
        var coordinator = Coordinator();
        var step = (ReflectionView.Step)await coordinator.StartAsync(User, SessionReflectionFlow.Id, default);

        var view = await coordinator.ApplyAsync(User, Action(SessionVerb.Answer, step), new Dictionary<string, string>(), default);

        var again = Assert.IsType<ReflectionView.Step>(view);
        Assert.Equal(1, again.View.Number);
        Assert.NotEmpty(again.Errors);
    }

    [Fact]
    public async Task OpenReflectionOlderThanTheLimit_ExpiresWhenTheTherapistNextWrites()
    {
        var coordinator = Coordinator();
        await coordinator.StartAsync(User, SessionReflectionFlow.Id, default);

        _rig.Time.Advance(TimeSpan.FromDays(13));
        Assert.Null(await coordinator.SettleAsync(User, default));
        _rig.Time.Advance(TimeSpan.FromDays(2));
        var expired = await coordinator.SettleAsync(User, default);

        Assert.Equal(14, Assert.IsType<ReflectionView.Expired>(expired).Days);
        Assert.IsType<ReflectionView.NothingToResume>(await coordinator.ResumeAsync(User, default));
    }

    [Fact]
    public async Task DiscardAndStart_ReplacesTheOpenReflection()
    {
        var coordinator = Coordinator();
        var first = (ReflectionView.Step)await coordinator.StartAsync(User, SessionReflectionFlow.Id, default);

        var view = await coordinator.DiscardAndStartAsync(User, QuickCheckInFlow.Id, default);

        var step = Assert.IsType<ReflectionView.Step>(view);
        Assert.Equal(QuickCheckInFlow.Id, step.View.Flow.Id);
        Assert.NotEqual(first.View.Stamp.SessionId, step.View.Stamp.SessionId);
    }

    public void Dispose() => _rig.Dispose();

    private static SessionAction Action(SessionVerb verb, ReflectionView.Step step) => new(verb, step.View.Stamp);

    private static Dictionary<string, string> CaseAnswers(ReflectionView.Step step) => new()
    {
        [SessionReflectionFlow.Inputs.CaseLabel.Value] = step.View.Values[SessionReflectionFlow.Inputs.CaseLabel],
        [SessionReflectionFlow.Inputs.Phase.Value] = SessionReflectionFlow.Phases.Middle.Value,
    };

    /// <summary>A coordinator over its own storage instance, as after a restart, unless one is given.</summary>
    private ReflectionCoordinator Coordinator(LocalFolderSessionStore? storage = null) => _rig.Coordinator(storage ?? _rig.NewStorage());
}
