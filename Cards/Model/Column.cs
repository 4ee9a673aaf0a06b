using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    /// <summary>"auto", "stretch" or a relative weight such as "2".</summary>
    public string? Width { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }
}
