using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

/// <summary>
/// The root of an Adaptive Card (schema 1.5, the newest Teams renders for bots).
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string Schema { get; } = SchemaUrl;

    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version { get; } = "1.5";

    public required IReadOnlyList<CardElement> Body { get; init; }

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Read by screen readers and shown in notifications when the card cannot be rendered.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>Teams-only extension (full width). Not part of the official schema.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; }
}
