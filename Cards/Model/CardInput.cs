namespace SupervisionBot.Cards.Model;

/// <summary>
/// An input. Every input carries a visible <see cref="Label"/> so screen readers announce it.
/// </summary>
public abstract record CardInput : CardElement
{
    public required string Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown by the client under the input when validation fails.</summary>
    public string? ErrorMessage { get; init; }
}
