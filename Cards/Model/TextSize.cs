using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("small")]
    Small,
    [JsonStringEnumMemberName("medium")]
    Medium,
    [JsonStringEnumMemberName("large")]
    Large,
    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
}
