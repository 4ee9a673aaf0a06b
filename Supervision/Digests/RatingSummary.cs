namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// One rating across the period: its median, its spread (lower and upper quartile, nearest rank),
/// and how the median moved since the last digest (null when there is nothing to compare with).
/// Ratings run from 1 to <see cref="ScaleTop"/>.
/// </summary>
public sealed record RatingSummary(
    string Id,
    string Label,
    int Responses,
    double Median,
    int LowerQuartile,
    int UpperQuartile,
    double? Change)
{
    public const int ScaleTop = 5;
}
