using System.Globalization;
using System.Text;
using SupervisionBot.Anonymisation.Evaluation;
using SupervisionBot.Anonymisation.Resolution;

namespace SupervisionBot.Anonymisation.Cli;

/// <summary>Formats an <see cref="EvaluationReport"/> as a plain-text table.</summary>
internal static class ReportWriter
{
    public static string Write(EvaluationReport report, string split)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"split: {split}, {report.Documents} documents, {report.Overall.Gold} gold identifiers");
        text.AppendLine(inv, $"{"TYPE",-12} {"GOLD",5} {"FOUND",6} {"RECALL",8} {"PRED",6} {"CORRECT",8} {"PRECISION",10}");
        foreach (var score in report.ByType.Append(report.DirectIdentifiers).Append(report.Overall))
        {
            text.AppendLine(inv, $"{score.Name,-12} {score.Gold,5} {score.Found,6} {AnonymiseCommand.Percent(score.Recall),8} {score.Predicted,6} {score.Correct,8} {AnonymiseCommand.Percent(score.Precision),10}");
        }

        text.AppendLine(inv, $"leaks ({report.Leaks.Count}):");
        foreach (var leak in report.Leaks)
        {
            text.AppendLine(inv, $"  {leak.DocumentId} {TagNumbering.TypeName(leak.Type)} \"{leak.Text}\"");
        }

        text.AppendLine(inv, $"false positives ({report.FalsePositives.Count}):");
        foreach (var extra in report.FalsePositives)
        {
            text.AppendLine(inv, $"  {extra.DocumentId} {TagNumbering.TypeName(extra.Type)} \"{extra.Text}\"");
        }

        return text.ToString();
    }
}
