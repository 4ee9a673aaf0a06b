namespace SupervisionBot.Supervision.Digests;

/// <summary>The reflections a digest covers: confirmed in [<see cref="From"/>, <see cref="To"/>).</summary>
public sealed record DigestPeriod
{
    public DigestPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        From = from;
        To = to;
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public bool Contains(DateTimeOffset time) => time >= From && time < To;
}
