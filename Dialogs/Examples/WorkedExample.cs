using System.Collections.Immutable;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Examples;

/// <summary>
/// A fictional, completed reflection that shows a therapist what a useful answer can look like.
/// Always presented with <see cref="Notice"/>; it describes no real client or therapist.
/// </summary>
public sealed record WorkedExample(string Title, string Summary, FlowId Flow, ImmutableDictionary<InputId, AnswerValue> Answers)
{
    public const string Notice = "This is a fictional example, written to show what a reflection can look like. It is not about a real client or therapist.";
}
