using System.Text.Json;
using System.Text.Json.Nodes;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Serialization;

/// <summary>Turns cards into the JSON a Teams client renders, and reads back button data.</summary>
public static class CardSerializer
{
    /// <summary>The MIME type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static string Serialize(AdaptiveCard card) =>
        JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);

    public static JsonObject ToJsonObject(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)!.AsObject();

    /// <summary>
    /// Reads the hidden data of a pressed button from the JSON a client sent back. Returns null
    /// when the payload is not an object or has no verb: the caller answers kindly, not with a 500.
    /// </summary>
    public static CardActionData? ReadActionData(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            var data = payload.Deserialize(CardJsonContext.Default.CardActionData);
            return string.IsNullOrWhiteSpace(data?.Verb) ? null : data;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
