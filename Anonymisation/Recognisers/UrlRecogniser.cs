using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Web addresses, with or without a scheme ("https://…", "www.…", "rossi-homes.co.uk/contact").</summary>
internal sealed partial class UrlRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        if (!HasDotInsideWord(text.Text))
        {
            return;
        }

        foreach (var match in Url().EnumerateMatches(text.Text))
        {
            var end = match.Index + match.Length;

            // Sentence punctuation after a link is not part of it.
            while (end > match.Index && text.Text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '"' or '’')
            {
                end--;
            }

            found.Add(new Candidate(match.Index, end, IdentifierType.Url, Priority.Validated + 5));
        }
    }

    /// <summary>Every web address has a dot between two letters or digits ("x.com"), which prose rarely does.</summary>
    private static bool HasDotInsideWord(string text)
    {
        for (var i = text.IndexOf('.', StringComparison.Ordinal); i > 0 && i < text.Length - 1; i = text.IndexOf('.', i + 1))
        {
            if (char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"\b(?:(?:https?://|www\.)[^\s<>""]+|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|me|info|biz|edu|gov|uk|co\.uk|org\.uk|ac\.uk|nhs\.uk|gov\.uk|ie|de|fr|ly|co|app|dev|tv|us|ca|au|in|ng|za|nl|es|it|pl|eu|ai|gg|link|site|online|page|xyz)\b(?:/[^\s<>""]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Url();
}
