using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SupervisionBot.Cards.Serialization;

namespace SupervisionBot.Cards.Model;

/// <summary>
/// The hidden data every button carries. Clients merge the card's inputs into it, so input ids
/// must not reuse these names. <see cref="Version"/> is the state version the card was drawn
/// from, which is how a stale or double-clicked card is recognised.
/// </summary>
[JsonConverter(typeof(CardActionDataJsonConverter))]
public sealed record CardActionData(string Verb)
{
    /// <summary>What every key of <see cref="Session"/> starts with.</summary>
    public const char SessionKeyPrefix = '_';

    private readonly ImmutableSortedDictionary<string, string>? _session;

    public string? SessionId { get; init; }

    public string? Step { get; init; }

    public int? Version { get; init; }

    public string? Argument { get; init; }

    /// <summary>
    /// The reflection engine's action data (<c>SessionAction.ToCardData()</c>), written flat at the
    /// top level of the data object so that, once the client has merged the inputs in, the whole
    /// submission can be handed to <c>SessionAction.TryParse</c>. Every key starts with
    /// <see cref="SessionKeyPrefix"/>, which no named property or input id does, so nothing collides.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Session
    {
        get => _session;
        init
        {
            if (value?.Keys.FirstOrDefault(key => key.Length < 2 || key[0] != SessionKeyPrefix) is { } bad)
            {
                throw new ArgumentException($"Session data key '{bad}' must start with '{SessionKeyPrefix}'.", nameof(value));
            }

            _session = value?.ToImmutableSortedDictionary(StringComparer.Ordinal);
        }
    }

    public bool Equals(CardActionData? other) =>
        other is not null
        && Verb == other.Verb
        && SessionId == other.SessionId
        && Step == other.Step
        && Version == other.Version
        && Argument == other.Argument
        && (_session ?? ImmutableSortedDictionary<string, string>.Empty).SequenceEqual(other._session ?? ImmutableSortedDictionary<string, string>.Empty);

    public override int GetHashCode() => HashCode.Combine(Verb, SessionId, Step, Version, Argument, _session?.Count);
}
