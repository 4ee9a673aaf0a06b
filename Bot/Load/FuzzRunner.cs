using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Endpoints;
using SupervisionBot.Cards.MyData;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Load;

/// <summary>
/// Sends generated cases to a running bot and records what came back. A check-in is driven the
/// way Teams drives it: the first card arrives through the connector, each press answers with
/// the next card, and afterwards the author's "my reflections" list shows how often it was stored;
/// a stored one is then exported, and the one-time link used twice.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Counted (as status 0) for a connection closed instead of answered: expected only for a body past the cap.</summary>
    public const int ClosedConnection = 0;

    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public static async Task RunAsync(FuzzCase fuzzCase, LoadTarget target, FuzzReport report, CancellationToken cancellationToken)
    {
        switch (fuzzCase)
        {
            case FuzzCase.Single single:
                await PostAsync(target, single.Activity, report, cancellationToken).ConfigureAwait(false);
                break;
            case FuzzCase.Journey journey:
                await JourneyAsync(target, journey, report, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Whether a status is one the bot must never answer with: 5xx, except 501 for an invoke it does not implement.</summary>
    public static bool IsServerError(int status, JsonObject activity) =>
        status >= 500 && !(status == 501 && IsUnknownInvoke(activity));

    private static bool IsUnknownInvoke(JsonObject activity) =>
        activity["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "invoke"
        && !(activity["name"] is JsonValue name && name.TryGetValue<string>(out var n) && n == "adaptiveCard/action");

    private static async Task<HttpResponseMessage> PostAsync(LoadTarget target, JsonObject activity, FuzzReport report, CancellationToken cancellationToken)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/messages", UriKind.Relative)) { Content = content };
        var overCap = content.Headers.ContentLength > BotEndpoints.MaxRequestBytes;

        // The bot answers 413 without reading a body past the cap and closes the connection; a
        // pooled connection would be reused while it closes, so this request has its own.
        request.Headers.ConnectionClose = overCap;
        HttpResponseMessage response;
        try
        {
            response = await target.Bot.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            // Over the cap, the 413 may arrive as a closed connection while the body is still being
            // written: refused, as it should be. Anything else dropped is a failure.
            report.Response(ClosedConnection);
            if (!overCap)
            {
                report.ServerErrors.Enqueue($"connection dropped ({exception.GetType().Name}) for {Shorten(activity.ToJsonString())}");
            }

            return new HttpResponseMessage(System.Net.HttpStatusCode.RequestEntityTooLarge);
        }

        var status = (int)response.StatusCode;
        report.Response(status);
        if (IsServerError(status, activity))
        {
            report.ServerErrors.Enqueue($"{status} for {Shorten(activity.ToJsonString())}");
        }

        return response;
    }

    private static async Task JourneyAsync(LoadTarget target, FuzzCase.Journey journey, FuzzReport report, CancellationToken cancellationToken)
    {
        report.JourneyStarted();
        var conversation = TeamsActivityGen.PersonalConversation(journey.User);
        using (await PostAsync(target, TeamsActivityGen.Message(target.ServiceUrl, journey.User, "personal", conversation, "quick"), report, cancellationToken).ConfigureAwait(false))
        {
        }

        var card = target.LastCardIn(conversation);
        card = await PressAsync(target, journey, card, ReflectionVerbs.Next, ("howTheWorkSits", journey.Rating), report, cancellationToken).ConfigureAwait(false);
        card = await PressAsync(target, journey, card, ReflectionVerbs.Next, ("oneSentence", journey.Sentence), report, cancellationToken).ConfigureAwait(false);
        card = await PressAsync(target, journey, card, ReflectionVerbs.Next, ("sharing", "private"), report, cancellationToken).ConfigureAwait(false);
        if (card is null || Heading(card) != "Check your reflection")
        {
            return; // refused on the way (a sentence the step would not take): nothing to confirm
        }

        // A valid confirmation, however often it is pressed, must leave exactly one stored reflection.
        if (journey.Together)
        {
            await Task.WhenAll(Enumerable.Range(0, journey.Confirms)
                .Select(_ => PressAsync(target, journey, card, ReflectionVerbs.Confirm, null, report, cancellationToken))).ConfigureAwait(false);
        }
        else
        {
            for (var i = 0; i < journey.Confirms; i++)
            {
                await PressAsync(target, journey, card, ReflectionVerbs.Confirm, null, report, cancellationToken).ConfigureAwait(false);
            }
        }

        using (await PostAsync(target, TeamsActivityGen.Message(target.ServiceUrl, journey.User, "personal", conversation, "my reflections"), report, cancellationToken).ConfigureAwait(false))
        {
        }

        var list = target.LastCardIn(conversation);
        var stored = list is null ? 0 : Buttons(list).Count(b => (string?)b["verb"] == MyDataVerbs.Delete);
        report.JourneyStored(stored);
        if (stored == 1)
        {
            await ExportAsync(target, journey, conversation, report, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"export", then its one-time link used twice: it must download once and be refused after.</summary>
    private static async Task ExportAsync(LoadTarget target, FuzzCase.Journey journey, string conversation, FuzzReport report, CancellationToken cancellationToken)
    {
        using (await PostAsync(target, TeamsActivityGen.Message(target.ServiceUrl, journey.User, "personal", conversation, "export"), report, cancellationToken).ConfigureAwait(false))
        {
        }

        if (target.LastCardIn(conversation) is not { } card || DownloadLink(card) is not { } link)
        {
            report.ExportChecked(downloadedOnce: false);
            return;
        }

        // The link's host is the bot's public address; only its path matters to the bot under test.
        var path = new Uri(link.PathAndQuery.TrimStart('/'), UriKind.Relative);
        using var first = await target.Bot.GetAsync(path, cancellationToken).ConfigureAwait(false);
        var body = await first.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        using var second = await target.Bot.GetAsync(path, cancellationToken).ConfigureAwait(false);
        foreach (var status in new[] { (int)first.StatusCode, (int)second.StatusCode }.Where(s => s >= 500))
        {
            report.ServerErrors.Enqueue($"{status} for an export download");
        }

        report.ExportChecked(first.StatusCode == System.Net.HttpStatusCode.OK && body.Length > 0 && second.StatusCode == System.Net.HttpStatusCode.NotFound);
    }

    private static Uri? DownloadLink(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] is "Action.OpenUrl" && Uri.TryCreate((string?)o["url"], UriKind.Absolute, out var url) && url.AbsolutePath.StartsWith("/export/", StringComparison.Ordinal) => url,
        JsonObject o => o.Select(p => p.Value is null ? null : DownloadLink(p.Value)).FirstOrDefault(u => u is not null),
        JsonArray a => a.Select(n => n is null ? null : DownloadLink(n)).FirstOrDefault(u => u is not null),
        _ => null,
    };

    /// <summary>Presses the button with <paramref name="verb"/> on <paramref name="card"/>; the card the bot answers with, if any.</summary>
    private static async Task<JsonObject?> PressAsync(
        LoadTarget target, FuzzCase.Journey journey, JsonObject? card, string verb, (string Name, string Value)? input, FuzzReport report, CancellationToken cancellationToken)
    {
        if (card is null || Buttons(card).FirstOrDefault(b => (string?)b["verb"] == verb) is not { } button)
        {
            return null;
        }

        var data = button["data"]?.DeepClone() as JsonObject ?? [];
        if (input is { } given)
        {
            data[given.Name] = given.Value;
        }

        var activity = TeamsActivityGen.Execute(target.ServiceUrl, journey.User, "personal", TeamsActivityGen.PersonalConversation(journey.User), verb, data);
        using var response = await PostAsync(target, activity, report, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
        return (string?)body?["type"] == AdaptiveCard ? body!["value"] as JsonObject : null;
    }

    private static string? Heading(JsonObject card) =>
        (card["body"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => (string?)e["style"] == "heading")?["text"]?.GetValue<string>();

    private static IEnumerable<JsonObject> Buttons(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] is "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Buttons(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Buttons(n)),
        _ => [],
    };

    /// <summary>A case as CsCheck prints a failing one: short, so a 600 KB body does not flood the console.</summary>
    public static string Describe(FuzzCase fuzzCase) => Shorten(fuzzCase.ToString() ?? string.Empty);

    private static string Shorten(string json) => json.Length <= 600 ? json : json[..600] + "…";
}
