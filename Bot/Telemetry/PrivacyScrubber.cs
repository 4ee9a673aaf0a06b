using System.Diagnostics;
using OpenTelemetry;

namespace SupervisionBot.Bot.Telemetry;

/// <summary>
/// The last gate before a span leaves the process. HTTP instrumentation records full URLs, and
/// the bot's URLs carry things that must not reach a dashboard: Teams conversation ids in the
/// connector's paths (<c>/v3/conversations/{id}/activities/{id}</c>), the single-use token in
/// <c>/export/{token}</c>, and query strings. Every path segment that is not a known word is
/// replaced by <c>{id}</c>, and queries are dropped. Blob paths hold only pseudonyms, but they go
/// the same way: the rule is simpler to trust when it has no exceptions.
/// </summary>
internal sealed class PrivacyScrubber : BaseProcessor<Activity>
{
    private static readonly HashSet<string> KnownSegments = new(StringComparer.Ordinal)
    {
        "api", "messages", "healthz", "readyz", "export", "v3", "conversations", "activities", "members",
        "pagedmembers", "teams", "attachments", "authors", "bot-state", "reflections", "coordination",
        "oauth2", "v2.0", "token", "common", "botframework.com", ".well-known", "openid-configuration", "keys",
    };

    private static readonly string[] UrlTags = ["url.full", "http.url"];

    private static readonly string[] PathTags = ["url.path", "http.target"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string url)
            {
                data.SetTag(tag, ScrubUrl(url));
            }
        }

        foreach (var tag in PathTags)
        {
            if (data.GetTagItem(tag) is string path)
            {
                data.SetTag(tag, ScrubPath(path));
            }
        }

        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }

        // Span names of client calls can be built from the path too.
        if (data.DisplayName.Contains('/', StringComparison.Ordinal))
        {
            data.DisplayName = ScrubDisplayName(data.DisplayName);
        }
    }

    internal static string ScrubUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Authority}{ScrubPath(uri.AbsolutePath)}"
            : "{url}";

    internal static string ScrubPath(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !KnownSegments.Contains(segments[i]))
            {
                segments[i] = "{id}";
            }
        }

        return string.Join('/', segments);
    }

    private static string ScrubDisplayName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && name.AsSpan(space + 1).StartsWith("/")
            ? string.Concat(name.AsSpan(0, space + 1), ScrubPath(name[(space + 1)..]))
            : ScrubPath(name);
    }
}
