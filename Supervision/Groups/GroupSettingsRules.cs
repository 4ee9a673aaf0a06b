using SupervisionBot.Supervision.Schedules;

namespace SupervisionBot.Supervision.Groups;

/// <summary>
/// What makes a group's settings acceptable, each rule explainable in one sentence of help text.
/// Messages are written for the person filling in the setup card.
/// </summary>
public static class GroupSettingsRules
{
    public const int MaxNameLength = 60;
    public const int MaxSupervisors = 4;
    public const int MaxEveryWeeks = 8;
    public const int HighestMinimumContributors = 12;
    public static readonly TimeSpan ShortestLead = TimeSpan.FromHours(1);

    /// <summary>The problems with <paramref name="settings"/>, none when they can be kept. <paramref name="now"/> decides what "in the past" means.</summary>
    public static IReadOnlyList<SettingsProblem> Check(GroupSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<SettingsProblem>();

        var name = settings.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            problems.Add(new(GroupSetupFields.Name, $"Please give the group a name of up to {MaxNameLength} characters, on one line."));
        }

        if (settings.Supervisors.IsDefaultOrEmpty)
        {
            problems.Add(new(GroupSetupFields.Supervisors, "Please choose at least one supervisor from the people in this conversation."));
        }
        else if (settings.Supervisors.Length > MaxSupervisors
            || settings.Supervisors.Distinct(StringComparer.Ordinal).Count() != settings.Supervisors.Length
            || !settings.Supervisors.All(Pseudonyms.IsValid))
        {
            problems.Add(new(GroupSetupFields.Supervisors, $"Please choose between one and {MaxSupervisors} supervisors from the people in this conversation."));
        }

        CheckRhythm(settings, now, problems);

        if (settings.MinimumContributors is < GroupSettings.LowestMinimumContributors or > HighestMinimumContributors)
        {
            problems.Add(new(
                GroupSetupFields.MinimumContributors,
                $"The minimum number of contributors can be {GroupSettings.LowestMinimumContributors} to {HighestMinimumContributors}: " +
                "below two, a summary would be one person's answers."));
        }

        return problems;
    }

    private static void CheckRhythm(GroupSettings settings, DateTimeOffset now, List<SettingsProblem> problems)
    {
        var rhythm = settings.Rhythm;
        if (rhythm is null)
        {
            problems.Add(new(GroupSetupFields.NextMeeting, "Please say when the group meets."));
            return;
        }

        var zoneKnown = MeetingSchedule.TryFindZone(rhythm.TimeZoneId, out _);
        if (!zoneKnown)
        {
            problems.Add(new(GroupSetupFields.TimeZone, "Please give a time zone by its IANA name, such as Europe/London or America/New_York."));
        }

        if (rhythm.EveryWeeks < 1 || rhythm.EveryWeeks > MaxEveryWeeks)
        {
            problems.Add(new(GroupSetupFields.EveryWeeks, $"The group can meet every 1 to {MaxEveryWeeks} weeks."));
        }

        if (rhythm.FirstMeeting.DayOfWeek != rhythm.Weekday)
        {
            problems.Add(new(GroupSetupFields.NextMeeting, $"The next meeting date is not a {rhythm.Weekday}: please pick a date on the meeting day."));
        }
        else if (zoneKnown && rhythm.EveryWeeks >= 1 && new MeetingSchedule(settings).MeetingAt(0) <= now)
        {
            problems.Add(new(GroupSetupFields.NextMeeting, "The next meeting is in the past: please pick a date that is still to come."));
        }

        var cycle = TimeSpan.FromDays(Math.Max(1, rhythm.EveryWeeks) * 7);
        if (settings.DigestLead < ShortestLead || settings.DigestLead >= cycle)
        {
            problems.Add(new(GroupSetupFields.DigestLead, "The digest must go out at least an hour before the meeting, and after the one before it."));
        }

        if (settings.ReminderLead <= settings.DigestLead || settings.ReminderLead >= cycle)
        {
            problems.Add(new(
                GroupSetupFields.ReminderLead,
                "Reminders go out before the digest, so that what members write in response is in it: please choose a longer reminder time."));
        }
    }
}
