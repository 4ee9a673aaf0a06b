using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>IPv4 and IPv6 addresses, confirmed by parsing.</summary>
internal sealed partial class IpAddressRecogniser : IRecogniser
{
    public void Recognise(ScannedText text, List<Candidate> found)
    {
        // Cheap preconditions first: a dot for IPv4, a colon before a hex digit or colon for IPv6.
        if (text.Text.Contains('.', StringComparison.Ordinal))
        {
            foreach (var match in IPv4().EnumerateMatches(text.Text))
            {
                if (IPAddress.TryParse(text.Text.AsSpan(match.Index, match.Length), out var address) && address.AddressFamily == AddressFamily.InterNetwork)
                {
                    found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.IpAddress, Priority.Validated));
                }
            }
        }

        if (MightHaveIPv6(text.Text))
        {
            foreach (var match in IPv6().EnumerateMatches(text.Text))
            {
                var candidate = text.Text.AsSpan(match.Index, match.Length);
                if (candidate.Count(':') >= 2 && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    found.Add(new Candidate(match.Index, match.Index + match.Length, IdentifierType.IpAddress, Priority.Validated));
                }
            }
        }
    }

    private static bool MightHaveIPv6(string text)
    {
        for (var i = text.IndexOf(':', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf(':', i + 1))
        {
            if (char.IsAsciiHexDigit(text[i + 1]) || text[i + 1] == ':')
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IPv4();

    [GeneratedRegex(@"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:|:)(?::|[0-9A-Fa-f]{1,4}:){1,7}(?::|[0-9A-Fa-f]{1,4})(?![\w:])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IPv6();
}
