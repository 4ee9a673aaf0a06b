using System.Collections.Immutable;
using System.Globalization;
using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Supervision.Groups;

/// <summary>
/// Reads the setup card's submission (input id to text, as the client sends it) into
/// <see cref="GroupSettings"/>, and writes settings back as the values to prefill the card with.
/// Nothing typed is lost: on a problem the caller redraws the card with the same values.
/// </summary>
public static class GroupSetupForm
{
    public const string DefaultTimeZone = "Europe/London";
    public const string DefaultTime = "10:00";
    public const int DefaultEveryWeeks = 2;

    /// <summary>The values a new setup card starts with.</summary>
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [GroupSetupFields.Time] = DefaultTime,
        [GroupSetupFields.TimeZone] = DefaultTimeZone,
        [GroupSetupFields.EveryWeeks] = Format(DefaultEveryWeeks),
        [GroupSetupFields.DigestLead] = Format((int)GroupSettings.DefaultDigestLead.TotalHours),
        [GroupSetupFields.ReminderLead] = Format((int)GroupSettings.DefaultReminderLead.TotalHours),
        [GroupSetupFields.MinimumContributors] = Format(GroupSettings.DefaultMinimumContributors),
    };

    /// <summary>Parses and checks a submission. <paramref name="members"/> are the conversation's members' pseudonyms; a supervisor must be one of them.</summary>
    public static GroupSetupResult Read(IReadOnlyDictionary<string, string> values, IReadOnlySet<string> members, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(members);
        var problems = new List<SettingsProblem>();

        var supervisors = Value(values, GroupSetupFields.Supervisors)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToImmutableArray();
        if (supervisors.Any(supervisor => !members.Contains(supervisor)))
        {
            problems.Add(new(GroupSetupFields.Supervisors, "Please choose supervisors from the people in this conversation."));
        }

        var weekday = Enum.TryParse<DayOfWeek>(Value(values, GroupSetupFields.Weekday), ignoreCase: true, out var day) && Enum.IsDefined(day)
            ? day
            : Problem<DayOfWeek>(problems, GroupSetupFields.Weekday, "Please choose the day the group meets.");
        var time = TimeOnly.TryParseExact(Value(values, GroupSetupFields.Time), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : Problem<TimeOnly>(problems, GroupSetupFields.Time, "Please give the meeting time, such as 09:30.");
        var nextMeeting = DateOnly.TryParseExact(Value(values, GroupSetupFields.NextMeeting), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : Problem<DateOnly>(problems, GroupSetupFields.NextMeeting, "Please pick the date of the next meeting.");
        var everyWeeks = Number(values, GroupSetupFields.EveryWeeks, problems, "Please say how many weeks apart the meetings are.");
        var digestHours = Number(values, GroupSetupFields.DigestLead, problems, "Please say how many hours before the meeting the digest is sent.");
        var reminderHours = Number(values, GroupSetupFields.ReminderLead, problems, "Please say how many hours before the meeting reminders are sent.");
        var minimum = Number(values, GroupSetupFields.MinimumContributors, problems, "Please give the minimum number of contributors.");

        if (problems.Count > 0)
        {
            return new GroupSetupResult(null, problems);
        }

        var settings = new GroupSettings
        {
            Name = Value(values, GroupSetupFields.Name).Trim(),
            Supervisors = supervisors,
            Rhythm = new MeetingRhythm(weekday, time, Value(values, GroupSetupFields.TimeZone).Trim(), everyWeeks, nextMeeting),
            DigestLead = TimeSpan.FromHours(digestHours),
            ReminderLead = TimeSpan.FromHours(reminderHours),
            MinimumContributors = minimum,
        };
        var rules = GroupSettingsRules.Check(settings, now);
        return rules.Count == 0 ? new GroupSetupResult(settings, []) : new GroupSetupResult(null, rules);
    }

    /// <summary>The card values that show <paramref name="settings"/>, for a supervisor changing them.</summary>
    public static IReadOnlyDictionary<string, string> ValuesOf(GroupSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [GroupSetupFields.Name] = settings.Name,
            [GroupSetupFields.Supervisors] = string.Join(',', settings.Supervisors),
            [GroupSetupFields.Weekday] = settings.Rhythm.Weekday.ToString(),
            [GroupSetupFields.Time] = settings.Rhythm.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
            [GroupSetupFields.TimeZone] = settings.Rhythm.TimeZoneId,
            [GroupSetupFields.EveryWeeks] = Format(settings.Rhythm.EveryWeeks),
            [GroupSetupFields.NextMeeting] = settings.Rhythm.FirstMeeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [GroupSetupFields.DigestLead] = Format((int)settings.DigestLead.TotalHours),
            [GroupSetupFields.ReminderLead] = Format((int)settings.ReminderLead.TotalHours),
            [GroupSetupFields.MinimumContributors] = Format(settings.MinimumContributors),
        };
    }

    private static string Value(IReadOnlyDictionary<string, string> values, string field) =>
        values.TryGetValue(field, out var value) ? value : string.Empty;

    private static int Number(IReadOnlyDictionary<string, string> values, string field, List<SettingsProblem> problems, string message) =>
        int.TryParse(Value(values, field), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : Problem<int>(problems, field, message);

    private static T Problem<T>(List<SettingsProblem> problems, string field, string message)
    {
        problems.Add(new SettingsProblem(field, message));
        return default!;
    }

    private static string Format(int number) => number.ToString(CultureInfo.InvariantCulture);
}
