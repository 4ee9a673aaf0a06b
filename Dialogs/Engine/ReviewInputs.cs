using System.Text.RegularExpressions;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// The one input on the review card: words the therapist wants hidden before confirming, on top
/// of what the anonymiser already removed.
/// </summary>
public static class ReviewInputs
{
    public static readonly InputId HideWords = new("hideWords");

    public const string HiddenTag = "[HIDDEN]";

    public const int MaxLength = 500;

    /// <summary>Comma- or line-separated words and phrases, trimmed, without empties or tags.</summary>
    public static IReadOnlyList<string> ParseWords(string? raw) =>
        string.IsNullOrWhiteSpace(raw)
            ? []
            : [.. raw[..Math.Min(raw.Length, MaxLength)]
                .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(w => w.Length > 0 && !w.StartsWith('['))
                .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Replaces whole-word occurrences of each word or phrase, in any case.</summary>
    public static string Hide(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])";
            text = Regex.Replace(text, pattern, HiddenTag, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }

        return text;
    }
}
