using System.Net;
using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Pressing buttons on cards the bot sent, the way Teams does it.</summary>
public static class CardPresses
{
    /// <summary>
    /// Presses the button with <paramref name="verb"/> on <paramref name="card"/>: its data merged
    /// with the inputs, as an Action.Execute invoke. Returns the invoke response's JSON.
    /// </summary>
    public static async Task<JsonObject> InvokeAsync(BotTestHost host, JsonObject card, string verb, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var button = Buttons(card).First(b => (string?)b["verb"] == verb);
        var data = button["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        var response = await host.PostAsync(TeamsActivities.Execute(host.ServiceUrl, verb, data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BotTestHost.ReadJsonAsync(response))!;
    }

    /// <summary>Presses a button whose answer replaces the card in place, and returns the new card.</summary>
    public static async Task<JsonObject> PressAsync(BotTestHost host, JsonObject card, string verb, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var invoke = await InvokeAsync(host, card, verb, inputs);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)invoke["type"]);
        return invoke["value"]!.AsObject();
    }

    public static IEnumerable<JsonObject> Buttons(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] is "Action.Execute" or "Action.OpenUrl" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Buttons(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Buttons(n)),
        _ => [],
    };
}
