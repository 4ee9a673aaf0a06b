using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Supervision.Groups;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Bot.Scheduling;

/// <summary>
/// The scheduler on a fake clock: a London group meeting on Mondays at 09:00, with the digest
/// 24 hours and the reminder 48 hours before, across both daylight-saving changes, and after
/// restarts that missed the due time.
/// </summary>
public sealed class SupervisionSchedulerTests : IDisposable
{
    private static readonly string Alice = Member(1);
    private static readonly string Bob = Member(2);
    private static readonly string Carol = Member(3);
    private static readonly string Dan = Member(4);

    private ScheduleRig? _rig;

    public void Dispose() => _rig?.Dispose();

    [Fact]
    public async Task Digest_AcrossTheOctoberChange_IsSentAtNineLondonTime_TheDayBefore()
    {
        // Clocks go back at 01:00 UTC on Sunday 25 October 2026: the Monday 09:00 meeting is 09:00 UTC.
        var rig = Rig(Utc(2026, 10, 24, 7, 0));

        await rig.TickAtAsync(Utc(2026, 10, 24, 7, 59));
        Assert.Empty(Reminders(rig));
        await rig.TickAtAsync(Utc(2026, 10, 24, 8, 0)); // Saturday 09:00 BST, 48 hours of local clock before
        Assert.Equal(4, Reminders(rig).Count);

        await rig.TickAtAsync(Utc(2026, 10, 25, 8, 0)); // 09:00 in summer time, but summer time is over
        await rig.TickAtAsync(Utc(2026, 10, 25, 8, 59));
        Assert.Empty(DigestsTo(rig, Supervisor));
        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));
        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 1));

        Assert.Single(DigestsTo(rig, Supervisor));
        Assert.Equal(4, Reminders(rig).Count);
    }

    [Fact]
    public async Task Digest_AcrossTheMarchChange_IsSentAtNineLondonTime_TheDayBefore()
    {
        // Clocks go forward at 01:00 UTC on Sunday 28 March 2027: the Monday 09:00 meeting is 08:00 UTC.
        var rig = Rig(Utc(2027, 3, 27, 8, 0));

        await rig.TickAtAsync(Utc(2027, 3, 27, 8, 59));
        Assert.Empty(Reminders(rig));
        await rig.TickAtAsync(Utc(2027, 3, 27, 9, 0)); // Saturday 09:00 GMT
        Assert.Equal(4, Reminders(rig).Count);

        await rig.TickAtAsync(Utc(2027, 3, 28, 7, 59));
        Assert.Empty(DigestsTo(rig, Supervisor));
        await rig.TickAtAsync(Utc(2027, 3, 28, 8, 0)); // Sunday 09:00 BST
        await rig.TickAtAsync(Utc(2027, 3, 28, 12, 0));

        var digest = Assert.Single(DigestsTo(rig, Supervisor));
        Assert.Contains("Monday 29 March, 09:00", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterARestart_WhatWasMissedIsSentOnce_BeforeTheMeeting()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        await rig.TickAtAsync(Utc(2026, 10, 24, 7, 0));

        // Down from Saturday morning to Sunday evening: both the reminders and the digest were missed.
        rig.Time.SetUtcNow(Utc(2026, 10, 25, 20, 0));
        rig.Restart();
        await rig.TickAtAsync(Utc(2026, 10, 25, 20, 0));
        rig.Restart();
        await rig.TickAtAsync(Utc(2026, 10, 25, 20, 5));

        Assert.Single(DigestsTo(rig, Supervisor));
        Assert.Equal([Alice, Bob, Carol, Dan], Reminders(rig).Select(r => r.Where[3..]).Order());
    }

    [Fact]
    public async Task AfterARestart_WorkForAMeetingThatHasStarted_IsNeverSent_AndTheNextCycleIsOnTime()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        await rig.TickAtAsync(Utc(2026, 10, 24, 7, 0));

        // Down until the meeting had begun.
        rig.Time.SetUtcNow(Utc(2026, 10, 26, 9, 30));
        rig.Restart();
        await rig.TickAtAsync(Utc(2026, 10, 26, 9, 30));
        await rig.TickAtAsync(Utc(2026, 10, 31, 8, 59));
        Assert.Empty(rig.Messenger.Delivered);

        await rig.TickAtAsync(Utc(2026, 10, 31, 9, 0)); // reminders for 2 November
        await rig.TickAtAsync(Utc(2026, 11, 1, 9, 0)); // its digest
        Assert.Equal(4, Reminders(rig).Count);
        var digest = Assert.Single(DigestsTo(rig, Supervisor));
        Assert.Contains("Monday 2 November, 09:00", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_GoesOnce_OnlyToMembersWhoHaveNotReflectedThisCycle_NorPaused_AndSaysNothingOfOthers()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Alice, Utc(2026, 10, 20, 18, 0)), default); // private, this cycle
        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Bob, Utc(2026, 10, 15, 18, 0), ReflectionSharing.Group, GroupId), default); // last cycle
        await rig.Pauses.PauseAsync(ScheduleFakeDirectory.Channel, Carol, Utc(2026, 11, 7, 0, 0), default);

        await rig.TickAtAsync(Utc(2026, 10, 24, 8, 0));
        await rig.TickAtAsync(Utc(2026, 10, 24, 20, 0));
        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));

        var reminders = Reminders(rig);
        Assert.Equal([Bob, Dan], reminders.Select(r => r.Where[3..]).Order());
        Assert.Equal(reminders[0].Text, reminders[1].Text);
        Assert.All(reminders, reminder =>
        {
            Assert.Contains("A gentle reminder", reminder.Text, StringComparison.Ordinal);
            Assert.Contains("Monday 26 October, 09:00", reminder.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("others", reminder.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("members have", reminder.Text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Empty(rig.Messenger.To(ScheduleFakeDirectory.ConversationId(GroupId)));
    }

    [Fact]
    public async Task Reminder_ToSomeoneWhoCannotBeReached_IsNotMentionedInTheGroup()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        rig.Messenger.Unreachable.Add(ScheduleFakeDirectory.TeamsUserId(Dan));

        await rig.TickAtAsync(Utc(2026, 10, 24, 8, 0));

        Assert.Equal([Alice, Bob, Carol], Reminders(rig).Select(r => r.Where[3..]).Order());
        Assert.Empty(rig.Messenger.To(ScheduleFakeDirectory.ConversationId(GroupId)));
    }

    [Fact]
    public async Task Digest_ToTheSupervisor_AndTheGroupSummary_CarryOnlyWhatEachMaySee()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        foreach (var member in new[] { Alice, Bob, Carol })
        {
            await rig.Archive.SaveAsync(ArchiveDocuments.Document(member, Utc(2026, 10, 20, 18, 0), ReflectionSharing.Group, GroupId, text: "Noticed the pull to rescue."), default);
        }

        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Dan, Utc(2026, 10, 21, 18, 0), ReflectionSharing.Supervisor, GroupId, text: "Only for my supervisor."), default);
        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Dan, Utc(2026, 10, 22, 18, 0), ReflectionSharing.Private, GroupId, text: "Nobody else reads this."), default);

        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));

        var digest = Assert.Single(DigestsTo(rig, Supervisor));
        Assert.Contains("Only for my supervisor.", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Shared with you alone", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody else reads this.", digest.Text, StringComparison.Ordinal);
        var summary = Assert.Single(rig.Messenger.To(ScheduleFakeDirectory.ConversationId(GroupId)));
        Assert.Contains("What 3 members chose to share with the group", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Only for my supervisor.", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody else reads this.", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", summary.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GroupSummary_BelowTheMinimumSharedWithTheGroup_IsNotPosted_WhileTheSupervisorsDigestStillGoes()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Alice, Utc(2026, 10, 20, 18, 0), ReflectionSharing.Group, GroupId), default);
        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Bob, Utc(2026, 10, 20, 18, 0), ReflectionSharing.Group, GroupId), default);
        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Carol, Utc(2026, 10, 20, 18, 0), ReflectionSharing.Supervisor, GroupId), default);

        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));

        var digest = Assert.Single(DigestsTo(rig, Supervisor));
        Assert.Contains("Members who shared", digest.Text, StringComparison.Ordinal);
        Assert.Empty(rig.Messenger.To(ScheduleFakeDirectory.ConversationId(GroupId)));
    }

    [Fact]
    public async Task Digest_ToASupervisorWhoCannotBeReached_TellsTheGroupToOpenAChat_WithNothingFromAnyReflection()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        rig.Messenger.Unreachable.Add(ScheduleFakeDirectory.TeamsUserId(Supervisor));
        await rig.Archive.SaveAsync(ArchiveDocuments.Document(Alice, Utc(2026, 10, 20, 18, 0), ReflectionSharing.Supervisor, GroupId, text: "Only for my supervisor."), default);

        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));
        await rig.TickAtAsync(Utc(2026, 10, 25, 10, 0));

        Assert.Empty(DigestsTo(rig, Supervisor));
        var note = Assert.Single(rig.Messenger.To(ScheduleFakeDirectory.ConversationId(GroupId)));
        Assert.False(note.IsCard);
        Assert.Contains("open a chat with me", note.Text, StringComparison.Ordinal);
        Assert.Contains("type digests", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Only for my supervisor", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Client A", note.Text, StringComparison.Ordinal);

        // The digest was kept, so the supervisor can open it once they reach the bot.
        Assert.Single((await rig.History.GetAsync(ScheduleFakeDirectory.Channel, GroupId, default)).Records);
    }

    [Fact]
    public async Task Digest_ToASupervisorTheBotHasNeverMet_AlsoAsksInTheGroup()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0), reachSupervisor: false);

        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));

        var note = Assert.Single(rig.Messenger.To(ScheduleFakeDirectory.ConversationId(GroupId)));
        Assert.Contains("couldn't start a 1:1 chat with a supervisor", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextDigest_CoversOnlyWhatWasSharedSinceTheLast_AndDrawsTheTrend()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        foreach (var member in new[] { Alice, Bob, Carol })
        {
            await rig.Archive.SaveAsync(ArchiveDocuments.Document(member, Utc(2026, 10, 20, 18, 0), ReflectionSharing.Group, GroupId), default);
        }

        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));
        rig.Time.SetUtcNow(Utc(2026, 10, 27, 12, 0));
        foreach (var member in new[] { Alice, Bob, Carol, Dan })
        {
            await rig.Archive.SaveAsync(ArchiveDocuments.Document(member, Utc(2026, 10, 27, 12, 0), ReflectionSharing.Group, GroupId), default);
        }

        await rig.TickAtAsync(Utc(2026, 11, 1, 9, 0));

        var digests = DigestsTo(rig, Supervisor);
        Assert.Equal(2, digests.Count);
        Assert.Contains("\"3 reflections\"", digests[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("data:image/png;base64,", digests[0].Text, StringComparison.Ordinal);
        Assert.Contains("\"4 reflections\"", digests[1].Text, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", digests[1].Text, StringComparison.Ordinal);
        Assert.Equal(2, (await rig.History.GetAsync(ScheduleFakeDirectory.Channel, GroupId, default)).Records.Length);
    }

    [Fact]
    public async Task PausedGroup_SendsNothing()
    {
        var rig = Rig(Utc(2026, 10, 24, 7, 0));
        rig.Directory.Put(rig.Directory.AllAsync(ScheduleFakeDirectory.Channel, default).ToBlockingEnumerable().Single() with { IsPaused = true });

        await rig.TickAtAsync(Utc(2026, 10, 24, 8, 0));
        await rig.TickAtAsync(Utc(2026, 10, 25, 9, 0));

        Assert.Empty(rig.Messenger.Delivered);
    }

    private ScheduleRig Rig(DateTimeOffset start, bool reachSupervisor = true)
    {
        _rig = new ScheduleRig(start);
        _rig.Directory.Put(Group(LondonMondays(new DateOnly(2026, 10, 5)), Alice, Bob, Carol, Dan));
        _rig.Directory.Reachable(Alice, Bob, Carol, Dan);
        if (reachSupervisor)
        {
            _rig.Directory.Reachable(Supervisor);
        }

        return _rig;
    }

    private static List<Delivered> DigestsTo(ScheduleRig rig, string person) =>
        [.. rig.Messenger.To(ScheduleFakeDirectory.TeamsUserId(person)).Where(m => m.OnceKey.StartsWith("digest-", StringComparison.Ordinal))];

    private static List<Delivered> Reminders(ScheduleRig rig) =>
        [.. rig.Messenger.Delivered.Where(m => m.OnceKey.StartsWith("reminder-", StringComparison.Ordinal))];
}
