using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Digests;

/// <summary>A digest just composed, with the medians of earlier digests for its trend chart (oldest first).</summary>
internal sealed record ComposedDigest(DigestRecord Record, IReadOnlyList<DigestBaseline> EarlierBaselines)
{
    /// <summary>The trend chart's points: earlier digests, then this one if it met the minimum.</summary>
    public IReadOnlyList<DigestBaseline> Trend =>
        Record.Digest.Baseline is { } baseline ? [.. EarlierBaselines, baseline] : EarlierBaselines;
}
