using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("lighter")]
    Lighter,
    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
