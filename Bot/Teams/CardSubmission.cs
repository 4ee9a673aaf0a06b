using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SupervisionBot.Bot.Teams;

/// <summary>
/// A card's submitted data (button data merged with the inputs) as flat strings, the form the
/// reflection engine parses. Multi-select values arrive comma separated and stay that way.
/// </summary>
internal static class CardSubmission
{
    /// <summary>Null when the payload is not a JSON object: the caller answers kindly.</summary>
    public static IReadOnlyDictionary<string, string>? Flatten(object? payload)
    {
        if (payload is not JObject data)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.Properties())
        {
            var text = property.Value.Type switch
            {
                JTokenType.String => property.Value.Value<string>(),
                JTokenType.Boolean => property.Value.Value<bool>() ? "true" : "false",
                JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)property.Value).Value, CultureInfo.InvariantCulture),
                JTokenType.Array => string.Join(',', property.Value.Children().Select(c => c.ToString())),
                _ => null,
            };
            if (text is not null)
            {
                values[property.Name] = text;
            }
        }

        return values;
    }
}
