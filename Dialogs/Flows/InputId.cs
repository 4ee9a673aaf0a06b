using System.Text.Json.Serialization;
using SupervisionBot.Dialogs.Storage;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Identifies one input of a step. Its <see cref="Value"/> is the Adaptive Card input id, so it is
/// also the key under which a card submission sends the raw value.
/// </summary>
[JsonConverter(typeof(StringIdJsonConverter<InputId>))]
public readonly record struct InputId(string Value) : IStringId<InputId>
{
    static InputId IStringId<InputId>.FromString(string value) => new(value);

    public override string ToString() => Value;
}
