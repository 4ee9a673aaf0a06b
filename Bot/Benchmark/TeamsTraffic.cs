using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>
/// Posts Teams-shaped activities to a bot for simulated therapists, and presses buttons on the
/// cards it answers with, filling the inputs as a careful therapist would (a case label, a first
/// name given for removal, and sentences that mention that client, so the anonymiser has work).
/// </summary>
internal sealed class TeamsTraffic(HttpClient http, Uri endpoint, Uri serviceUrl, string run)
{
    public const string TenantId = "00000000-0000-0000-0000-000000000001";
    private const string BotId = "28:supervisionbot-benchmark";
    private const string Sentence = "Sam went quiet when I mentioned the break in March, and I felt pulled to fill the silence.";

    public string ConversationId(int user) => string.Create(CultureInfo.InvariantCulture, $"a:bench-{run}-{user}");

    public string AadObjectId(int user) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{run.GetHashCode(StringComparison.Ordinal) & 0xffff:x4}{user:x8}");

    /// <summary>A typed message from <paramref name="user"/> in their 1:1 chat; the bot's answer goes to the connector.</summary>
    public Task<HttpResponseMessage> MessageAsync(int user, string text, CancellationToken cancellationToken)
    {
        var activity = Base("message", user);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return PostAsync(activity, cancellationToken);
    }

    /// <summary>
    /// Presses the button with <paramref name="verb"/> on <paramref name="card"/> as Action.Execute,
    /// with the card's inputs filled. Returns the card that replaces it, or null when the answer was not a card.
    /// </summary>
    public async Task<JsonObject?> PressAsync(int user, JsonObject card, string verb, CancellationToken cancellationToken)
    {
        var button = Buttons(card).FirstOrDefault(b => (string?)b["verb"] == verb)
            ?? throw new InvalidOperationException($"The card has no '{verb}' button.");
        var data = button["data"]?.DeepClone().AsObject() ?? [];
        foreach (var (id, value) in Fill(card))
        {
            data[id] = value;
        }

        var activity = Base("invoke", user);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await PostAsync(activity, cancellationToken).ConfigureAwait(false);
        EnsureOk(response);
        var invoke = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
        return invoke?["value"] as JsonObject;
    }

    public static bool Has(JsonObject card, string verb) => Buttons(card).Any(b => (string?)b["verb"] == verb);

    public static void EnsureOk(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The bot answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
    }

    private JsonObject Base(string type, int user) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["timestamp"] = "2026-11-25T10:00:00.000Z",
        ["from"] = new JsonObject { ["id"] = "29:bench-" + user.ToString(CultureInfo.InvariantCulture), ["aadObjectId"] = AadObjectId(user) },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "SupervisionBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = ConversationId(user),
            ["conversationType"] = "personal",
            ["tenantId"] = TenantId,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = "en-GB",
    };

    /// <summary>Answers for every input on a card: choices take their first option, text a fitting value.</summary>
    private static IEnumerable<(string Id, string Value)> Fill(JsonNode node)
    {
        foreach (var input in Elements(node).Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            var id = (string?)input["id"];
            if (id is null)
            {
                continue;
            }

            switch ((string?)input["type"])
            {
                case "Input.Text" when id == SessionReflectionFlow.Inputs.CaseLabel.Value:
                    yield return (id, "Client A");
                    break;
                case "Input.Text" when id == SessionReflectionFlow.Inputs.ClientFirstName.Value:
                    yield return (id, "Samantha");
                    break;
                case "Input.Text" when id == ReviewInputs.HideWords.Value:
                    break;
                case "Input.Text":
                    yield return (id, Sentence);
                    break;
                case "Input.ChoiceSet" when FirstChoice(input) is { } first:
                    yield return (id, first);
                    break;
            }
        }
    }

    private static string? FirstChoice(JsonObject input) =>
        input["choices"] is JsonArray { Count: > 0 } choices ? (string?)choices[0]?["value"] : null;

    private static IEnumerable<JsonObject> Buttons(JsonNode node) =>
        Elements(node).Where(o => (string?)o["type"] is "Action.Execute");

    /// <summary>Every object in the card, depth first, without recursion through nested iterators.</summary>
    private static List<JsonObject> Elements(JsonNode root)
    {
        var found = new List<JsonObject>();
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject o:
                    found.Add(o);
                    foreach (var (_, value) in o)
                    {
                        if (value is JsonObject or JsonArray)
                        {
                            pending.Push(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        if (item is JsonObject or JsonArray)
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }

        return found;
    }
}
