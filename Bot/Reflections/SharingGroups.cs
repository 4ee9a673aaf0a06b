using System.Collections.Immutable;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;
using FlowChoice = SupervisionBot.Dialogs.Flows.Choice;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Issue 12's group choice at the sharing step, from the person's groups: someone in no group is
/// offered only "keep private" and told how to join one; someone in one group is not asked which;
/// someone in two or more picks the group on the same card, preselected with their last choice
/// (or the first group), so a press of Next never loses what else was written on the card.
/// </summary>
internal static class SharingGroups
{
    /// <summary>The card input that carries the chosen group's pseudonym; the flows do not declare it.</summary>
    public static readonly InputId Input = new("sharingGroup");

    public const string NoGroupHint =
        "You are not in a supervision group with me yet, so this reflection stays private. " +
        "To join one, add me to your supervision group's Teams chat (or ask your supervisor to) and @mention me there with setup.";

    public static string OneGroupHint(string? hint, string groupName) => $"{hint} Your supervision group: {groupName}.".TrimStart();

    public const string ChooseGroupLabel = "Which group is this for?";

    public const string ChooseGroupHint = "Your sharing choice, and any request for contact, apply to this group.";

    /// <summary>The group the reflection belongs to: the only one, or the one chosen if it is still theirs.</summary>
    public static string? Resolve(IReadOnlyList<GroupMembership> groups, string? chosen) => groups switch
    {
        [var only] => only.Group.Id,
        _ => groups.FirstOrDefault(g => g.Group.Id == chosen)?.Group.Id,
    };

    /// <summary>The group picked on the submitted card, if it is one of theirs.</summary>
    public static string? ChosenIn(IReadOnlyDictionary<string, string> submission, IReadOnlyList<GroupMembership> groups) =>
        groups.Count > 1 && submission.TryGetValue(Input.Value, out var chosen) && groups.Any(g => g.Group.Id == chosen) ? chosen : null;

    /// <summary>The step as this person should see it.</summary>
    public static StepView Adapt(StepView view, IReadOnlyList<GroupMembership> groups, string? chosen)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(groups);
        var inputs = ImmutableArray.CreateBuilder<InputDefinition>();
        var values = view.Values;
        foreach (var input in view.Inputs)
        {
            if (input.Id == CommonInputs.Sharing)
            {
                switch (groups.Count)
                {
                    case 0:
                        inputs.Add(input with { Choices = [CommonInputs.KeepPrivate], Hint = NoGroupHint });
                        values = values.SetItem(CommonInputs.Sharing, CommonInputs.KeepPrivate.Value);
                        break;
                    case 1:
                        inputs.Add(input with { Hint = OneGroupHint(input.Hint, groups[0].Group.Settings.Name) });
                        break;
                    default:
                        inputs.Add(input);
                        inputs.Add(InputDefinition.SingleChoice(
                            Input,
                            ChooseGroupLabel,
                            [.. groups.Select(g => new FlowChoice(g.Group.Id, g.Group.Settings.Name))],
                            required: true,
                            hint: ChooseGroupHint));
                        values = values.SetItem(Input, Resolve(groups, chosen) ?? groups[0].Group.Id);
                        break;
                }
            }
            else if (input.Id == CommonInputs.RequestSupervisorContact && groups.Count == 0)
            {
                inputs.Add(input with { Hint = CommonInputs.ContactConsequenceWithoutGroup + " " + CommonInputs.SafeguardingReminder });
            }
            else
            {
                inputs.Add(input);
            }
        }

        return view with { Inputs = inputs.ToImmutable(), Values = values };
    }
}
