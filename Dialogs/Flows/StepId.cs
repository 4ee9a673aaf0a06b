using System.Text.Json.Serialization;
using SupervisionBot.Dialogs.Storage;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Identifies one step of a flow: one card the therapist sees, such as "containment and holding".
/// </summary>
[JsonConverter(typeof(StringIdJsonConverter<StepId>))]
public readonly record struct StepId(string Value) : IStringId<StepId>
{
    static StepId IStringId<StepId>.FromString(string value) => new(value);

    /// <summary>
    /// The review that follows the last step. It is not a step of any flow, but cards rendered
    /// from the review carry it so the engine can tell a review action from a step action.
    /// </summary>
    public static readonly StepId Review = new("review");

    public override string ToString() => Value;
}
