using System.Collections.Immutable;
using SupervisionBot.Supervision.Groups;
using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Bot.Tests.Supervision;

/// <summary>Shared starting points for the Supervision tests: pseudonyms and a London group meeting on Mondays at 09:00.</summary>
internal static class SupervisionFixture
{
    public const string GroupId = "9a0b1c2d3e4f5a6b";
    public const string OtherGroupId = "0f0e0d0c0b0a0908";
    public const string Supervisor = "5a5a5a5a5a5a5a5a";

    /// <summary>A distinct member pseudonym for each number.</summary>
    public static string Member(int number) => $"{number:x4}beefbeefbeef";

    public static GroupSettings LondonMondays(DateOnly firstMeeting, int everyWeeks = 1) => new()
    {
        Name = "Thursday group",
        Supervisors = [Supervisor],
        Rhythm = new MeetingRhythm(DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", everyWeeks, firstMeeting),
    };

    public static SupervisionGroup Group(GroupSettings settings, params string[] members) => new()
    {
        Id = GroupId,
        Settings = settings,
        Members = [Supervisor, .. members],
    };

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static ImmutableHashSet<string> Members(params string[] members) => [.. members];
}
