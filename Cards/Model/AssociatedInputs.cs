using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")]
    Auto,
    [JsonStringEnumMemberName("none")]
    None,
}
