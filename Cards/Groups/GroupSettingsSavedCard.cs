using System.Globalization;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Cards.Groups;

/// <summary>Takes the setup card's place once its settings are saved: what was saved, in plain words.</summary>
public static class GroupSettingsSavedCard
{
    /// <param name="settings">The settings as saved.</param>
    /// <param name="supervisorNames">Display names of the supervisors, as the conversation shows them.</param>
    /// <param name="isChange">A supervisor changed existing settings, rather than a first setup.</param>
    /// <param name="membersToldCount">How many members are being sent their 1:1 note now (0 when none is).</param>
    public static AdaptiveCard Create(GroupSettings settings, IReadOnlyList<string> supervisorNames, bool isChange, int membersToldCount)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(supervisorNames);
        var rhythm = settings.Rhythm;
        var every = rhythm.EveryWeeks == 1 ? "every week" : $"every {rhythm.EveryWeeks} weeks";
        var body = new List<CardElement>
        {
            CardText.Heading(isChange ? "Settings changed" : $"{settings.Name} is set up"),
            new FactSet(
            [
                new Fact("Group", settings.Name),
                new Fact(supervisorNames.Count == 1 ? "Supervisor" : "Supervisors", string.Join(", ", supervisorNames)),
                new Fact("Meets", $"{rhythm.Weekday}s at {rhythm.Time.ToString("HH:mm", CultureInfo.InvariantCulture)} ({rhythm.TimeZoneId}), {every}"),
                new Fact("Next meeting", rhythm.FirstMeeting.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)),
                new Fact("Digest", $"{Hours(settings.DigestLead)} before each meeting, to the supervisors"),
                new Fact("Reminders", $"{Hours(settings.ReminderLead)} before, to members who have not reflected"),
                new Fact("Figures shown from", $"{settings.MinimumContributors} members sharing"),
            ]),
        };
        if (membersToldCount > 0)
        {
            body.Add(CardText.Paragraph(
                $"I'm sending {(membersToldCount == 1 ? "the new member" : $"each of the {membersToldCount} members")} a short note in a 1:1 chat " +
                "about what joining means, who sees what, and how to leave the group."));
        }

        body.Add(CardText.Subtle("Only a supervisor can change these settings, pause the group or remove it: mention me with setup, pause group or remove group."));
        return new AdaptiveCard { FallbackText = $"Settings saved for {settings.Name}.", Body = body };
    }

    private static string Hours(TimeSpan lead) =>
        lead.TotalHours % 24 == 0 ? $"{lead.TotalHours / 24:0} day{(lead.TotalHours == 24 ? string.Empty : "s")}" : $"{lead.TotalHours:0} hours";
}
