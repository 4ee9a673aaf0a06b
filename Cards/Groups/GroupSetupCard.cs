using System.Globalization;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Cards.Groups;

/// <summary>
/// The setup card shown in a group chat or channel when someone mentions the bot with "setup", and
/// to a supervisor changing the settings. Redrawn with the same values and a message next to each
/// field that needs attention, so nothing typed is lost.
/// </summary>
public static class GroupSetupCard
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Shown when a saved group has no supervisor left (the last one left the conversation, or asked to be forgotten).</summary>
    public const string NeedsSupervisorText =
        "This group has no supervisor at the moment, so anyone in it can choose one here. Until then, digests and requests for contact can't reach a supervisor.";

    public static AdaptiveCard Create(
        IReadOnlyList<SetupMember> members,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<SettingsProblem> problems,
        bool isChange = false,
        int? conversationSize = null,
        bool needsSupervisor = false)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(problems);

        string? Value(string field) => values.TryGetValue(field, out var value) && value.Length > 0 ? value : null;
        IEnumerable<CardElement> Field(CardInput input)
        {
            yield return input with { Id = input.Id, Spacing = Spacing.Medium };
            foreach (var problem in problems.Where(problem => problem.Field == input.Id))
            {
                yield return new TextBlock(problem.Message) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.Small };
            }
        }

        var body = new List<CardElement>
        {
            CardText.Heading(isChange ? "Change this group's settings" : "Set up this supervision group"),
            CardText.Paragraph(
                "Choose who supervises and when you meet. Afterwards, only a supervisor can change these settings, pause the group or remove it."),
        };
        if (needsSupervisor)
        {
            body.Add(new TextBlock(NeedsSupervisorText) { Color = TextColor.Attention, Wrap = true });
        }

        if (problems.Count > 0)
        {
            body.Add(new TextBlock("A few things need another look; they are marked below.") { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        body.AddRange(Field(new TextInput
        {
            Id = GroupSetupFields.Name,
            Label = "Group name",
            Value = Value(GroupSetupFields.Name),
            MaxLength = GroupSettingsRules.MaxNameLength,
            IsRequired = true,
            ErrorMessage = "Please give the group a name.",
        }));
        body.AddRange(Field(new ChoiceSetInput([.. members.Select(member => new Choice(member.DisplayName, member.Pseudonym))])
        {
            Id = GroupSetupFields.Supervisors,
            Label = "Supervisor or supervisors",
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Value = Value(GroupSetupFields.Supervisors),
            IsRequired = true,
            ErrorMessage = "Please choose at least one supervisor.",
        }));
        if (conversationSize > members.Count)
        {
            body.Add(CardText.Subtle(
                $"This conversation has {conversationSize} people, more than a card can list: these are the first {members.Count} by name, after anyone already chosen."));
        }

        body.Add(CardText.SectionHeading("When the group meets"));
        body.AddRange(Field(new ChoiceSetInput([.. Weekdays.Select(day => new Choice(day.ToString(), day.ToString()))])
        {
            Id = GroupSetupFields.Weekday,
            Label = "Day",
            Value = Value(GroupSetupFields.Weekday),
            IsRequired = true,
            ErrorMessage = "Please choose the day.",
        }));
        body.AddRange(Field(new TimeInput { Id = GroupSetupFields.Time, Label = "Time", Value = Value(GroupSetupFields.Time), IsRequired = true }));
        body.AddRange(Field(new TextInput
        {
            Id = GroupSetupFields.TimeZone,
            Label = "Time zone (IANA name, such as Europe/London)",
            Value = Value(GroupSetupFields.TimeZone),
            Placeholder = GroupSetupForm.DefaultTimeZone,
            MaxLength = 64,
            IsRequired = true,
        }));
        body.AddRange(Field(new ChoiceSetInput([.. Enumerable.Range(1, GroupSettingsRules.MaxEveryWeeks).Select(weeks => new Choice(weeks == 1 ? "Every week" : $"Every {weeks} weeks", Number(weeks)))])
        {
            Id = GroupSetupFields.EveryWeeks,
            Label = "How often",
            Value = Value(GroupSetupFields.EveryWeeks),
            IsRequired = true,
        }));
        body.AddRange(Field(new DateInput { Id = GroupSetupFields.NextMeeting, Label = "Next meeting", Value = Value(GroupSetupFields.NextMeeting), IsRequired = true }));
        body.Add(CardText.SectionHeading("Digest and reminders"));
        body.AddRange(Field(new ChoiceSetInput(Hours([12, 24, 48, 72]))
        {
            Id = GroupSetupFields.DigestLead,
            Label = "Send the supervisors' digest",
            Value = Value(GroupSetupFields.DigestLead),
            IsRequired = true,
        }));
        body.AddRange(Field(new ChoiceSetInput(Hours([24, 48, 72, 96]))
        {
            Id = GroupSetupFields.ReminderLead,
            Label = "Remind members who have not reflected yet",
            Value = Value(GroupSetupFields.ReminderLead),
            IsRequired = true,
        }));
        body.AddRange(Field(new ChoiceSetInput([.. Enumerable.Range(GroupSettings.LowestMinimumContributors, 7).Select(count => new Choice($"{count} members", Number(count)))])
        {
            Id = GroupSetupFields.MinimumContributors,
            Label = "Show figures and questions only when at least this many members shared",
            Value = Value(GroupSetupFields.MinimumContributors),
            IsRequired = true,
        }));
        body.Add(CardText.Subtle(
            "At least two: with fewer, a summary would be one person's answers. " +
            "Members' reflections stay private unless each member chooses to share them."));

        return new AdaptiveCard
        {
            FallbackText = isChange ? "Change this supervision group's settings." : "Set up this supervision group.",
            Body = body,
            Actions = [ExecuteAction.For("Save settings", new CardActionData(GroupVerbs.SaveSettings)) with { Style = ActionStyle.Positive }],
        };
    }

    private static List<Choice> Hours(int[] hours) =>
        [.. hours.Select(hour => new Choice(hour % 24 == 0 ? $"{hour / 24} day{(hour == 24 ? string.Empty : "s")} before the meeting" : $"{hour} hours before the meeting", Number(hour)))];

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
