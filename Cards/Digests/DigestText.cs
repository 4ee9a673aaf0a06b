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
