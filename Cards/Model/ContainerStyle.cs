using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("emphasis")]
    Emphasis,
    [JsonStringEnumMemberName("good")]
    Good,
    [JsonStringEnumMemberName("attention")]
    Attention,
    [JsonStringEnumMemberName("warning")]
    Warning,
    [JsonStringEnumMemberName("accent")]
    Accent,
}
