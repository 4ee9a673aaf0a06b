using System.Globalization;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Cards.MyData;

/// <summary>
/// Cards for a therapist's rights over their data: see it, take a copy, delete one reflection,
/// or have everything forgotten. Deleting always asks once more first.
/// </summary>
public static class MyDataCards
{
    public static AdaptiveCard MyReflections(IReadOnlyList<ReflectionListItem> items, HeldInGroups? held = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        held ??= HeldInGroups.None;
        var body = new List<CardElement> { CardText.Heading("Your reflections") };
        if (items.Count == 0)
        {
            body.Add(CardText.Paragraph("You have no saved reflections yet."));
            body.AddRange(Held(held));
            return new AdaptiveCard
            {
                Body = body,
                FallbackText = "You have no saved reflections yet.",
                Actions = [CommandButtons.For(BotCommand.Reflect, "Reflect on a session")],
            };
        }

        body.Add(CardText.Subtle("Newest first. This list is shown to you, in this private chat."));
        foreach (var item in items)
        {
            var title = item.CaseLabel is { Length: > 0 } label ? $"{label} · {item.FlowTitle}" : item.FlowTitle;
            body.Add(CardText.SectionHeading(title));
            body.Add(new FactSet(
            [
                new Fact("Confirmed", Date(item.ConfirmedAt)),
                new Fact("Sharing", item.SharedWith),
                .. item.Saving ? [new Fact("Status", "Saving: kept safely and retried until it is stored")] : Array.Empty<Fact>(),
            ])
            { Spacing = Spacing.Small });
            if (item.Saving)
            {
                // Not in the archive yet, so there is nothing there to delete.
                continue;
            }

            body.Add(new ActionSet(
            [
                ExecuteAction.For("Delete", new CardActionData(MyDataVerbs.Delete) { Argument = item.Id.ToString("D") }) with
                {
                    Tooltip = $"Delete the reflection confirmed {Date(item.ConfirmedAt)}",
                },
            ])
            { Spacing = Spacing.Small });
        }

        body.AddRange(Held(held));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = string.Create(CultureInfo.InvariantCulture, $"You have {items.Count} saved reflections."),
            Actions =
            [
                CommandButtons.For(BotCommand.Export, "Download all"),
                CommandButtons.For(BotCommand.ForgetMe, "Delete everything") with { Style = ActionStyle.Destructive },
            ],
        };
    }

    /// <summary>The supervisor side of what is held: groups and role, requests for contact.</summary>
    private static IEnumerable<CardElement> Held(HeldInGroups held)
    {
        if (held.IsEmpty)
        {
            yield break;
        }

        yield return CardText.SectionHeading("In your supervision groups");
        if (held.Groups.Count > 0)
        {
            yield return new FactSet([.. held.Groups.Select(g => new Fact(g.Name, g.Role == Supervision.Groups.GroupRole.Supervisor ? "You supervise it" : "Member"))]) { Spacing = Spacing.Small };
        }

        if (held.ContactRequests.Count > 0)
        {
            yield return CardText.Subtle(string.Create(CultureInfo.InvariantCulture, $"Requests for contact I hold ({held.ContactRequests.Count}): your supervisors saw your name, the case label and the group."));
            yield return new FactSet([.. held.ContactRequests.Select(r => new Fact(
                r.CaseLabel is { Length: > 0 } label ? label : "No case label",
                (r.GroupName ?? "a group since removed") + (r.Answered ? ": a supervisor answered" : ": not answered yet")))])
            { Spacing = Spacing.Small };
        }

        yield return CardText.Subtle("Forget me removes these too. Type groups to leave a group.");
    }

    public static AdaptiveCard ConfirmDelete(ReflectionListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var what = string.Create(CultureInfo.InvariantCulture, $"\"{item.CaseLabel ?? item.FlowTitle}\", confirmed {Date(item.ConfirmedAt)}");
        return new AdaptiveCard
        {
            Body =
            [
                CardText.Heading("Delete this reflection?"),
                CardText.Paragraph(what),
                CardText.Paragraph("It will be deleted straight away. This cannot be undone."),
            ],
            FallbackText = $"Delete this reflection? {what}",
            Actions =
            [
                ExecuteAction.For("Delete it", new CardActionData(MyDataVerbs.DeleteConfirmed) { Argument = item.Id.ToString("D") }) with { Style = ActionStyle.Destructive },
                ExecuteAction.For("Keep it", new CardActionData(MyDataVerbs.Cancel)),
            ],
        };
    }

    public static AdaptiveCard Deleted() => Notice("Reflection deleted", "It has been deleted and cannot be recovered.");

    public static AdaptiveCard NotFound() => Notice("Already gone", "That reflection is no longer here: it may have been deleted already.");

    public static AdaptiveCard Kept() => Notice("Nothing deleted", "Everything is as it was.");

    public static AdaptiveCard ConfirmForgetMe() => new()
    {
        Body =
        [
            CardText.Heading("Delete everything I hold about you?"),
            CardText.Paragraph("This deletes all your saved reflections, any reflection in progress, and what I remember about our chats."),
            CardText.Paragraph("It also " + ForgetInGroups),
            CardText.Paragraph(ForgetLeaves),
            CardText.Paragraph("This cannot be undone. If you want a copy first, choose Download all."),
        ],
        FallbackText = "Delete everything I hold about you? This cannot be undone.",
        Actions =
        [
            ExecuteAction.For("Delete everything", new CardActionData(MyDataVerbs.ForgetConfirmed)) with { Style = ActionStyle.Destructive },
            CommandButtons.For(BotCommand.Export, "Download all"),
            ExecuteAction.For("Keep my data", new CardActionData(MyDataVerbs.Cancel)),
        ],
    };

    /// <summary>What forgetting does on the supervisors' side, in one place for the confirmation, the result and the privacy card.</summary>
    public const string ForgetInGroups =
        "takes you out of your supervision groups, deletes your requests for contact, and takes your reflections and questions out of the past digests I keep. " +
        "A past digest keeps its totals, which were shown only when enough members had shared and can't be taken apart.";

    /// <summary>What forgetting cannot do, said plainly.</summary>
    public const string ForgetLeaves =
        "Messages I already delivered stay in the chats they went to: I can't unsend them. My request cards in your supervisors' chats are changed so that they no longer ask for an answer. " +
        "If you are still in a group's Teams chat, you will be counted as a member again the next time its settings are saved.";

    public static AdaptiveCard Forgotten(int reflections) => new()
    {
        Body =
        [
            CardText.Heading("Everything is deleted"),
            CardText.Paragraph(string.Create(CultureInfo.InvariantCulture, $"I have deleted {reflections} saved {(reflections == 1 ? "reflection" : "reflections")} and everything else I held about you. If you write to me again, I will start afresh.")),
            CardText.Paragraph(
                "That included taking you out of your supervision groups, deleting your requests for contact, and taking your reflections and questions out of the past digests I keep, which keep only their totals."),
            CardText.Subtle(ForgetLeaves),
        ],
        FallbackText = string.Create(CultureInfo.InvariantCulture, $"Everything is deleted. I have deleted {reflections} saved {(reflections == 1 ? "reflection" : "reflections")} and everything else I held about you. If you write to me again, I will start afresh."),
    };

    public static AdaptiveCard Export(Uri download, int reflections, TimeSpan validFor)
    {
        ArgumentNullException.ThrowIfNull(download);
        var minutes = string.Create(CultureInfo.InvariantCulture, $"{(int)validFor.TotalMinutes} minutes");
        return new AdaptiveCard
        {
            Body =
            [
                CardText.Heading("Download your reflections"),
                CardText.Paragraph(string.Create(CultureInfo.InvariantCulture, $"A copy of your {reflections} saved {(reflections == 1 ? "reflection" : "reflections")}, as a text document you can keep with your supervision records.")),
                CardText.Subtle($"The link works once, for the next {minutes}. Anyone with the link could open it, so please don't forward it."),
            ],
            FallbackText = "Download your reflections: " + download,
            Actions = [new OpenUrlAction("Download", download) { Style = ActionStyle.Positive }],
        };
    }

    public static AdaptiveCard NothingToExport() => Notice("No reflections to download yet", "You have no saved reflections yet.");

    internal static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static AdaptiveCard Notice(string heading, string text) => new()
    {
        Body = [CardText.Heading(heading), CardText.Paragraph(text)],
        FallbackText = $"{heading}. {text}",
    };
}
