using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>The real host plus a fake connector to catch replies: what most edge tests need.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private BotTestHost(BotApplicationFactory factory, FakeConnector connector)
    {
        Factory = factory;
        Connector = connector;
        Client = factory.CreateClient();
    }

    public BotApplicationFactory Factory { get; }

    public FakeConnector Connector { get; }

    public HttpClient Client { get; }

    public Uri ServiceUrl => Connector.ServiceUrl;

    public static async Task<BotTestHost> StartAsync(Func<BotApplicationFactory, BotApplicationFactory>? configure = null)
    {
        var connector = await FakeConnector.StartAsync();
        var factory = new BotApplicationFactory();
        return new BotTestHost(configure?.Invoke(factory) ?? factory, connector);
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity) =>
        Client.PostAsync("/api/messages", TeamsActivities.Json(activity));

    /// <summary>The Adaptive Cards among what the bot sent, in order.</summary>
    public IReadOnlyList<JsonObject> SentCards() => Connector.Sent
        .SelectMany(a => a["attachments"]?.AsArray() ?? [])
        .Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")
        .Select(a => a!["content"]!.AsObject())
        .ToList();

    public IReadOnlyList<string> SentTexts() => Connector.Sent
        .Select(a => (string?)a["text"])
        .OfType<string>()
        .ToList();

    public static string Heading(JsonObject card) => card["body"]!.AsArray()
        .Select(e => e!.AsObject())
        .First(e => (string?)e["style"] == "heading")["text"]!.GetValue<string>();

    /// <summary>Every string in a card, joined: what a person could read on it (JSON escapes undone).</summary>
    public static string Text(JsonNode card) => card switch
    {
        JsonObject o => string.Join('\n', o.Select(p => p.Value is null ? string.Empty : Text(p.Value))),
        JsonArray a => string.Join('\n', a.Select(n => n is null ? string.Empty : Text(n))),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };

    public static async Task<JsonObject?> ReadJsonAsync(HttpResponseMessage response) =>
        response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<JsonObject>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
