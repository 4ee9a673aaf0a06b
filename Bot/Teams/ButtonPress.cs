using System.Text.Json;
using Newtonsoft.Json.Linq;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Serialization;

namespace SupervisionBot.Bot.Teams;

/// <summary>
/// A pressed button: its typed data and every value the client sent with it (the data merged
/// with the card's inputs), as flat strings, the form the reflection engine parses. Multi-select
/// values arrive comma separated and stay that way.
/// </summary>
internal sealed record ButtonPress(CardActionData Data, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>
    /// The one place a button's payload is read, whichever way the client sent it: an
    /// <c>Action.Execute</c> invoke (verb plus data) or an <c>Action.Submit</c> message (data merged
    /// with the inputs). Null when it cannot be read: the caller answers kindly, not with a 500.
    /// </summary>
    public static ButtonPress? Read(object? payload, string? invokeVerb = null)
    {
        var json = payload switch
        {
            JToken { Type: JTokenType.Object } token => token.ToString(Newtonsoft.Json.Formatting.None),
            JsonElement { ValueKind: JsonValueKind.Object } element => element.GetRawText(),
            string text when text.TrimStart().StartsWith('{') => text,
            _ => null,
        };

        if (json is null)
        {
            return string.IsNullOrWhiteSpace(invokeVerb) ? null : new ButtonPress(new CardActionData(invokeVerb), new Dictionary<string, string>());
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var data = CardSerializer.ReadActionData(document.RootElement);
            if (!string.IsNullOrWhiteSpace(invokeVerb))
            {
                data = data is null ? new CardActionData(invokeVerb) : data with { Verb = invokeVerb };
            }

            return data is null ? null : new ButtonPress(data, Flatten(document.RootElement));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> Flatten(JsonElement submission)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in submission.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Array => string.Join(',', property.Value.EnumerateArray().Select(Text)),
                _ => null,
            };
            if (text is not null)
            {
                values[property.Name] = text;
            }
        }

        return values;
    }

    private static string Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
