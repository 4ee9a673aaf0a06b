using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("positive")]
    Positive,
    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
