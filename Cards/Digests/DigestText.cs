using System.Globalization;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Cards.Digests;

/// <summary>How digest figures are put into words, the same on every digest card.</summary>
internal static class DigestText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The meeting in the group's own clock time, such as "Monday 15 March, 09:00".</summary>
    public static string Meeting(DateTimeOffset meeting) => meeting.ToString("dddd d MMMM, HH:mm", English);

    public static string Date(DateTimeOffset time) => time.ToString("d MMMM", English);

    /// <summary>
    /// Which reflections a digest covers, in dates on the group's own clock (the meeting's offset):
    /// "up to 2 December" for a group's first digest, which covers everything shared with it so far;
    /// "on 2 December" when it all fell on one day; else "15 March to 28 March".
    /// </summary>
    public static string Covered(DigestPeriod period, TimeSpan groupOffset)
    {
        ArgumentNullException.ThrowIfNull(period);
        var to = Date(period.To.ToOffset(groupOffset));
        if (period.From <= DateTimeOffset.UnixEpoch)
        {
            return $"up to {to}";
        }

        var from = Date(period.From.ToOffset(groupOffset));
        return from == to ? $"on {to}" : $"{from} to {to}";
    }

    public static string Rating(RatingSummary rating)
    {
        var text = string.Create(English, $"{Point(rating.Median)} of {RatingSummary.ScaleTop}");
        text += rating.LowerQuartile == rating.UpperQuartile
            ? string.Create(English, $", most at {rating.LowerQuartile}")
            : string.Create(English, $", most between {rating.LowerQuartile} and {rating.UpperQuartile}");
        return rating.Change switch
        {
            null => text,
            0 => text + "; the same as last time",
            > 0 => text + string.Create(English, $"; up {Point(rating.Change.Value)} since last time"),
            _ => text + string.Create(English, $"; down {Point(-rating.Change.Value)} since last time"),
        };
    }

    public static string Themes(IEnumerable<ThemeCount> themes) =>
        string.Join("; ", themes.Select(theme => string.Create(English, $"{theme.Label}: {theme.Count}")));

    public static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : string.Create(English, $"{count} {many}");

    private static string Point(double value) => value.ToString("0.#", English);
}
