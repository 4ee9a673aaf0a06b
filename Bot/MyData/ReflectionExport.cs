using System.Globalization;
using System.Text;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// A therapist's reflections as one Markdown document: readable in any editor, easy to file with
/// supervision records (UK registers ask practitioners to show how supervision shaped their
/// practice). Questions are written out in full, answers as stored (already anonymised).
/// </summary>
internal static class ReflectionExport
{
    public const string ContentType = "text/markdown; charset=utf-8";

    /// <param name="documents">Their reflections, newest first.</param>
    /// <param name="flows">The flows, for each answer's question.</param>
    /// <param name="exportedAt">When.</param>
    /// <param name="held">What their groups hold about them: groups and role, requests for contact.</param>
    public static string Render(IReadOnlyList<ReflectionDocument> documents, FlowCatalog flows, DateTimeOffset exportedAt, HeldInGroups? held = null)
    {
        var text = new StringBuilder();
        text.AppendLine("# My supervision reflections").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Exported from SupervisionBot on {exportedAt:d MMMM yyyy}: {documents.Count} {(documents.Count == 1 ? "reflection" : "reflections")}, newest first. ");
        text.AppendLine("Names, places, dates and other identifying details were replaced by tags such as [CLIENT] before anything was saved. Please keep this document as securely as your other clinical records.");
        if (held is { IsEmpty: false })
        {
            text.AppendLine().AppendLine("## My supervision groups").AppendLine();
            foreach (var (name, role) in held.Groups)
            {
                text.Append("- ").Append(name).AppendLine(role == GroupRole.Supervisor ? ": I supervise it" : ": member");
            }

            foreach (var request in held.ContactRequests)
            {
                text.Append("- Asked for contact").Append(request.CaseLabel is { Length: > 0 } label ? $" about {label}" : string.Empty)
                    .Append(request.GroupName is { } group ? $" through {group}" : string.Empty)
                    .AppendLine(request.Answered ? ": a supervisor answered" : ": not answered yet");
            }
        }

        foreach (var document in documents)
        {
            text.AppendLine().Append("## ").Append(document.CaseLabel is { Length: > 0 } label ? $"{label}: " : string.Empty).AppendLine(document.FlowTitle).AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"- Confirmed: {document.ConfirmedAt:d MMMM yyyy}").AppendLine();
            text.Append("- Sharing: ").AppendLine(SharingWords.Of(document.Sharing));
            if (document.RequestsSupervisorContact)
            {
                text.AppendLine("- Asked my supervisor for contact before the next meeting");
            }

            var flow = flows.All.FirstOrDefault(f => f.Id.Value == document.Flow);
            foreach (var step in flow?.Steps ?? [])
            {
                var lines = step.Inputs.Select(input => Answer(document, input)).OfType<string>().ToList();
                if (lines.Count > 0)
                {
                    text.AppendLine().Append("### ").AppendLine(step.Title).AppendLine();
                    lines.ForEach(line => text.AppendLine(line));
                }
            }
        }

        return text.ToString();
    }

    private static string? Answer(ReflectionDocument document, InputDefinition input)
    {
        var id = input.Id.Value;
        string? answer = null;
        if (document.Texts.TryGetValue(id, out var written))
        {
            answer = written;
        }
        else if (document.Ratings.TryGetValue(id, out var rating))
        {
            answer = Label(input, rating);
        }
        else if (document.Choices.TryGetValue(id, out var choices))
        {
            answer = string.Join(", ", choices.Select(c => Label(input, c)));
        }

        return answer is null ? null : $"**{input.Label}**  \n{answer}\n";
    }

    private static string Label(InputDefinition input, string value) =>
        input.Kind == InputKind.Toggle
            ? value == "true" ? "Yes" : "No"
            : input.Choices.FirstOrDefault(c => c.Value == value)?.Label ?? value;
}
