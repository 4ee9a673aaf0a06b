using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<VerticalContentAlignment>))]
public enum VerticalContentAlignment
{
    [JsonStringEnumMemberName("top")]
    Top,
    [JsonStringEnumMemberName("center")]
    Center,
    [JsonStringEnumMemberName("bottom")]
    Bottom,
}
