using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("heading")]
    Heading,
}
