using System.Globalization;

namespace SupervisionBot.Bot.Scheduling;

/// <summary>
/// The once keys of what the scheduler sends: one per group, meeting, kind and recipient, so
/// however many instances, ticks or retries try, each person gets each message once. Made of
/// pseudonyms and the meeting's UTC minute only: lower-case letters, digits and dashes.
/// </summary>
internal static class OnceKeys
{
    public static string Digest(string groupId, DateTimeOffset meeting, string supervisor) =>
        $"digest-{groupId}-{Minute(meeting)}-{supervisor}";

    /// <summary>The note in the group asking a supervisor the bot has never met to open a chat with it.</summary>
    public static string DigestNoAddress(string groupId, DateTimeOffset meeting, string supervisor) =>
        $"digest-noaddress-{groupId}-{Minute(meeting)}-{supervisor}";

    public static string GroupSummary(string groupId, DateTimeOffset meeting) =>
        $"summary-{groupId}-{Minute(meeting)}";

    public static string Reminder(string groupId, DateTimeOffset meeting, string member) =>
        $"reminder-{groupId}-{Minute(meeting)}-{member}";

    /// <summary>A digest asked for with <c>digest</c>: one per request, so a redelivered request sends it once.</summary>
    public static string OnDemand(string groupId, string supervisor, string requestId) =>
        $"ondemand-{groupId}-{supervisor}-{requestId}";

    /// <summary>The done-marker period for a group's work before one meeting.</summary>
    public static string Period(string groupId, DateTimeOffset meeting) => $"{groupId}-{Minute(meeting)}";

    private static string Minute(DateTimeOffset meeting) =>
        meeting.UtcDateTime.ToString("yyyyMMdd'-'HHmm", CultureInfo.InvariantCulture);
}
