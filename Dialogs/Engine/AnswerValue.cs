using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// A parsed, validated answer to one input. A closed set of cases, one per kind of input,
/// so nothing downstream has to guess what a stored value means.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Text), "text")]
[JsonDerivedType(typeof(Choice), "choice")]
[JsonDerivedType(typeof(Choices), "choices")]
[JsonDerivedType(typeof(Toggle), "toggle")]
public abstract record AnswerValue
{
    private AnswerValue()
    {
    }

    /// <summary>Written text, trimmed, never empty.</summary>
    public sealed record Text(string Value) : AnswerValue;

    /// <summary>The value of the one choice or rating point picked.</summary>
    public sealed record Choice(string Value) : AnswerValue;

    /// <summary>The values of every choice ticked, in the flow's display order, never empty.</summary>
    public sealed record Choices(ImmutableArray<string> Values) : AnswerValue
    {
        public bool Equals(Choices? other) => other is not null && Values.SequenceEqual(other.Values);

        public override int GetHashCode() => Values.Aggregate(0, (hash, value) => HashCode.Combine(hash, value));
    }

    /// <summary>Whether a toggle was switched on.</summary>
    public sealed record Toggle(bool IsOn) : AnswerValue;
}
