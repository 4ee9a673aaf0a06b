using System.Text.Json.Serialization;
using SupervisionBot.Dialogs.Storage;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Identifies a reflection flow, such as the full session reflection or the quick check-in.
/// Declared once per flow as a static field; never written as a literal elsewhere.
/// </summary>
[JsonConverter(typeof(StringIdJsonConverter<FlowId>))]
public readonly record struct FlowId(string Value) : IStringId<FlowId>
{
    static FlowId IStringId<FlowId>.FromString(string value) => new(value);

    public override string ToString() => Value;
}
