using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

/// <summary>
/// The one payload every button carries, for <c>Action.Execute</c> and <c>Action.Submit</c> alike.
/// Clients merge the card's inputs into the same JSON object, so input ids must not reuse these
/// names; the session fields start with an underscore, which no input id does (a test checks).
/// A button that moves a reflection also carries the stamp of the session version it was drawn
/// from (<see cref="Session"/>, <see cref="Step"/>, <see cref="Version"/>), which is how a stale
/// or double-clicked card is recognised.
/// </summary>
public sealed record CardActionData(string Verb)
{
    /// <summary>What the verb acts on, such as a flow id or a reflection id.</summary>
    public string? Argument { get; init; }

    /// <summary>The reflection session the card was drawn from.</summary>
    [JsonPropertyName("_session")]
    public Guid? Session { get; init; }

    /// <summary>The step the card shows (<c>review</c> on the review card).</summary>
    [JsonPropertyName("_step")]
    public string? Step { get; init; }

    /// <summary>The session version the card was drawn from.</summary>
    [JsonPropertyName("_version")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Version { get; init; }

    /// <summary>For an edit on the review card: the step to open.</summary>
    [JsonPropertyName("_editStep")]
    public string? EditStep { get; init; }
}
