using System.Threading.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Cards.Groups;

namespace SupervisionBot.Bot.Groups;

/// <summary>
/// Per-member work (linking each new member to the group, and their one onboarding note) off the
/// turn: a bounded queue of batches, worked through one member at a time at a set rate, so a
/// conversationUpdate with thousands of members returns at once, memory stays bounded by the
/// queue's capacity, and the connector is not flooded. The messenger honours the connector's 429
/// Retry-After and sends each note once per (group, person) across instances.
/// </summary>
internal sealed partial class MemberWorkQueue : BackgroundService
{
    private readonly Channel<MemberJoin> _queue;
    private readonly GroupDirectory _directory;
    private readonly IProactiveMessenger? _messenger;
    private readonly TimeProvider _time;
    private readonly ILogger<MemberWorkQueue> _logger;
    private readonly int _perSecond;

    public MemberWorkQueue(
        IOptions<MemberWorkOptions> options,
        GroupDirectory directory,
        IServiceProvider services,
        TimeProvider time,
        ILogger<MemberWorkQueue> logger)
    {
        _queue = Channel.CreateBounded<MemberJoin>(new BoundedChannelOptions(options.Value.Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _directory = directory;

        // The messenger comes with proactive messaging; without it members are linked but not told.
        _messenger = services.GetService<IProactiveMessenger>();
        _time = time;
        _logger = logger;
        _perSecond = options.Value.PerSecond;
    }

    /// <summary>Whether joining members are sent their onboarding note (the card that saves settings says so only then).</summary>
    public bool SendsOnboarding => _messenger is not null;

    /// <summary>The once key of a member's onboarding note: one per group and person, whatever happens.</summary>
    public static string OnboardingKey(string groupId, string person) => $"group-onboarding/{groupId}/{person}";

    /// <summary>Queues the batch; false (and logged) when the queue is full, so the caller says nothing it cannot keep.</summary>
    public bool TryEnqueue(MemberJoin join)
    {
        ArgumentNullException.ThrowIfNull(join);
        if (join.Members.Count == 0)
        {
            return true;
        }

        if (_queue.Writer.TryWrite(join))
        {
            LogQueued(_logger, join.Members.Count);
            return true;
        }

        LogQueueFull(_logger, join.Members.Count);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var join in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            await WorkAsync(join, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task WorkAsync(MemberJoin join, CancellationToken cancellationToken)
    {
        var (done, unreachable, failed) = (0, 0, 0);
        var (windowStart, inWindow) = (_time.GetTimestamp(), 0);
        foreach (var member in join.Members)
        {
            // Read each time: a member may have left, or the group been removed, while the batch waited.
            var group = (await _directory.FindAsync(join.ChannelId, join.GroupId, cancellationToken).ConfigureAwait(false))?.Value;
            if (group is null)
            {
                LogGroupGone(_logger, join.Members.Count - done);
                return;
            }

            if (group.RoleOf(member.Pseudonym) is { } role)
            {
                try
                {
                    await _directory.LinkAsync(join.ChannelId, member.Pseudonym, join.GroupId, new PersonAddress(member.TeamsUserId, join.ServiceUrl, join.TenantId), cancellationToken).ConfigureAwait(false);
                    if (_messenger is not null)
                    {
                        var card = GroupOnboardingCard.Create(group.Id, group.Settings.Name, group.Settings.MinimumContributors, role == Supervision.Groups.GroupRole.Supervisor);
                        var to = new ProactiveAddress.Person(join.ChannelId, join.ServiceUrl, join.TenantId, member.TeamsUserId);
                        var result = await _messenger.SendOnceAsync(new ProactiveMessage(OnboardingKey(group.Id, member.Pseudonym), to, (Activity)CardReplies.ToMessage(card)), cancellationToken).ConfigureAwait(false);
                        unreachable += result is ProactiveResult.Unreachable ? 1 : 0;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One member's failure must not stop the others'; the type is logged, never the member.
                    failed++;
                    LogMemberFailed(_logger, exception.GetType().Name);
                }
            }

            done++;

            // At most PerSecond members a second: when a second's share is used up, wait out the second.
            if (++inWindow >= _perSecond)
            {
                var elapsed = _time.GetElapsedTime(windowStart);
                if (elapsed < TimeSpan.FromSeconds(1))
                {
                    await Task.Delay(TimeSpan.FromSeconds(1) - elapsed, _time, cancellationToken).ConfigureAwait(false);
                }

                (windowStart, inWindow) = (_time.GetTimestamp(), 0);
            }
        }

        if (unreachable > 0 && _messenger is not null && await _directory.ConversationOfAsync(join.ChannelId, join.GroupId, cancellationToken).ConfigureAwait(false) is { } conversation)
        {
            // One note a day at most, naming nobody.
            var day = _time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await _messenger.SendOnceAsync(new ProactiveMessage($"group-onboarding-unreachable/{join.GroupId}/{day}", conversation, (Activity)MessageFactory.Text(GroupOnboardingCard.UnreachableNote)), cancellationToken).ConfigureAwait(false);
        }

        LogWorked(_logger, done, unreachable, failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} joining members")]
    private static partial void LogQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member queue full: {Count} joining members were not queued")]
    private static partial void LogQueueFull(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group removed while {Count} joining members waited; they were dropped")]
    private static partial void LogGroupGone(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work for one joining member failed ({Exception})")]
    private static partial void LogMemberFailed(ILogger logger, string exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worked through {Count} joining members ({Unreachable} unreachable, {Failed} failed)")]
    private static partial void LogWorked(ILogger logger, int count, int unreachable, int failed);
}
