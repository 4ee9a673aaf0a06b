using System.Collections.Immutable;
using System.Globalization;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>Builds the points of a rating input: values "1" upwards, lowest first, with words at every point.</summary>
internal static class RatingScale
{
    public static ImmutableArray<Choice> Of(params string[] wordsLowestFirst)
    {
        ArgumentNullException.ThrowIfNull(wordsLowestFirst);
        return [.. wordsLowestFirst.Select((words, index) => new Choice((index + 1).ToString(CultureInfo.InvariantCulture), words))];
    }
}
