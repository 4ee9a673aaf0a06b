namespace SupervisionBot.Anonymisation;

/// <summary>Settings for <see cref="Anonymiser"/>, validated when the anonymiser is built.</summary>
public sealed record AnonymiserOptions
{
    /// <summary>
    /// How long one reflection may take. Past it, anonymisation fails rather than storing text that was only
    /// partly checked.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The clock the time budget is measured with.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
