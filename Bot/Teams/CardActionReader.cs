using System.Text.Json;
using Newtonsoft.Json.Linq;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Serialization;

namespace SupervisionBot.Bot.Teams;

/// <summary>
/// Reads a pressed button's data, whichever way the client sent it: an <c>Action.Execute</c>
/// invoke (verb plus data) or an <c>Action.Submit</c> message (data merged with the inputs).
/// </summary>
internal static class CardActionReader
{
    public static CardActionData? Read(object? payload, string? verb = null)
    {
        var data = payload switch
        {
            JToken token when token.Type == JTokenType.Object => FromJson(token.ToString(Newtonsoft.Json.Formatting.None)),
            JsonElement element => CardSerializer.ReadActionData(element),
            string text when text.TrimStart().StartsWith('{') => FromJson(text),
            _ => null,
        };

        if (data is null && !string.IsNullOrWhiteSpace(verb))
        {
            return new CardActionData(verb);
        }

        return data is not null && !string.IsNullOrWhiteSpace(verb) && data.Verb != verb
            ? data with { Verb = verb }
            : data;
    }

    private static CardActionData? FromJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return CardSerializer.ReadActionData(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
