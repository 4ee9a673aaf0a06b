namespace SupervisionBot.Supervision.Groups;

/// <summary>The input ids of the setup card, shared by the card that draws them and the form that reads them back.</summary>
public static class GroupSetupFields
{
    public const string Name = "groupName";
    public const string Supervisors = "supervisors";
    public const string Weekday = "weekday";
    public const string Time = "meetingTime";
    public const string TimeZone = "timeZone";
    public const string EveryWeeks = "everyWeeks";
    public const string NextMeeting = "nextMeeting";
    public const string DigestLead = "digestLeadHours";
    public const string ReminderLead = "reminderLeadHours";
    public const string MinimumContributors = "minimumContributors";

    public static IReadOnlyList<string> All { get; } =
        [Name, Supervisors, Weekday, Time, TimeZone, EveryWeeks, NextMeeting, DigestLead, ReminderLead, MinimumContributors];
}
