using System.Text.Json.Serialization;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Serialization;

/// <summary>Source-generated serialization for the card model: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardActionData))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
