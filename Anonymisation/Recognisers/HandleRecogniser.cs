using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Social media and gaming handles: "@livrecovers", or "her Instagram is jade_x99".</summary>
internal sealed partial class HandleRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        foreach (var match in AtHandle().EnumerateMatches(text.Text))
        {
            found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.Handle, Priority.Validated));
        }

        foreach (Match match in NamedHandle().Matches(text.Text))
        {
            var handle = match.Groups["handle"];
            found.Add(new Candidate(handle.Index, handle.Index + handle.Length, IdentifierType.Handle, Priority.Validated));
        }
    }

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtHandle();

    // A word after "Instagram" is only a handle if it has a digit or underscore, unlike "Instagram is where".
    [GeneratedRegex(
        @"\b(?:instagram|insta|tiktok|snapchat|snap|twitter|discord|twitch|steam|xbox|psn|username|user\s?name|handle|gamertag)\b(?:\s+(?:is|as|name|was|called))?\s*:?\s+(?<handle>(?=[A-Za-z0-9_.]*[0-9_])[A-Za-z0-9_.]{3,30}[A-Za-z0-9_])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedHandle();
}
