using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace SupervisionBot.Bot.Load;

/// <summary>
/// Generators of what a Teams client, a broken client or an attacker may post to the bot: valid
/// activities of every kind the bot handles, the same with one to three faults from the classes
/// issue 9 names (and a few more), and whole quick check-ins confirmed once, twice, or twice at
/// the same moment, then exported. Every generated value is a fresh object, so a runner may change it.
/// </summary>
internal static class TeamsActivityGen
{
    public const string BotId = "28:supervisionbot";
    public const string TenantId = "00000000-0000-0000-0000-000000000001";

    /// <summary>What a person might type: commands the bot knows, near misses, and noise.</summary>
    private static readonly string[] Commands =
    [
        "help", "reflect", "quick", "resume", "cancel", "my reflections", "export", "privacy", "examples", "welcome",
        "forget me", "delete", "check in", "groups", "setup", "pause group", "resume group", "remove group", "digest",
        "digests", "reminders", "HELP", " help ", "reflect now", "helpp", "?", string.Empty,
    ];

    /// <summary>Characters that have broken parsers, logs and URLs before.</summary>
    private static readonly string[] HostileFragments =
    [
        "\0", "\u001b[31m", "\u202e", "\u200f", "\uD800", "\uDC00", "e\u0301", "ö", "🙂", "<script>alert(1)</script>",
        "%00", "%2e%2e%2f", "../../etc/passwd", "\r\nX-Injected: 1", "{\"a\":1}", "' OR 1=1 --", "\t", " ", "\u00a0", "\ufeff",
    ];

    private static readonly string[] BadServiceUrls =
    [
        string.Empty, "   ", "http//:nope", "/v3/conversations", "file:///etc/passwd", "data:text/plain,hi", "ftp://127.0.0.1/",
        "javascript:alert(1)", "https://evil.example/", "http://user:pass@127.0.0.1/", "http://[::1", "https://smba.trafficmanager.net.evil.example/",
    ];

    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "adaptiveCard/action", "adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState",
        "fileConsent/invoke", "actionableMessage/executeAction", "config/fetch", "somethingNew",
    ];

    private static readonly string[] Verbs =
    [
        "help", "reflect", "quick", "reflection.next", "reflection.back", "reflection.skip", "reflection.save", "reflection.confirm",
        "reflection.discard", "reflection.resume", "reflection.discardAndStart", "myData.delete", "myData.deleteConfirmed",
        "myData.forgetConfirmed", "examples.open", "nope", string.Empty,
    ];

    /// <summary>Text made of words, hostile fragments, or both; sometimes long.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOf(Commands)),
        (2, Gen.String[Gen.Char.AlphaNumeric, 0, 40]),
        (2, Gen.OneOf(HostileFragments).Array[1, 6].Select(parts => string.Concat(parts))),
        (1, Gen.String[0, 200]),
        (1, Gen.Int[1_000, 30_000].Select(n => new string('x', n))));

    /// <summary>Any JSON value, for a field given the wrong type.</summary>
    public static readonly Gen<JsonNode?> AnyValue = Gen.Frequency<JsonNode?>(
        (1, Gen.Const<JsonNode?>(() => null)),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))),
        (2, Text.Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.Const<JsonNode?>(() => new JsonArray())),
        (1, Gen.Const<JsonNode?>(() => new JsonArray((JsonNode?)null))),
        (1, Gen.Const<JsonNode?>(() => new JsonObject())));

    /// <summary>One faulty id: NUL, lone surrogates, combining marks, non-ASCII, blanks, or far too long.</summary>
    public static readonly Gen<string> BadId = Gen.Frequency(
        (3, Gen.OneOf(HostileFragments).SelectMany(f => Gen.String[Gen.Char.AlphaNumeric, 0, 12].Select(s => "a:" + s + f + s))),
        (1, Gen.Const(string.Empty)),
        (1, Gen.OneOf("   ", "\t")),
        (1, Gen.Int[1_001, 100_000].Select(n => "a:" + new string('x', n))));

    /// <summary>One fault, applied in place.</summary>
    public static readonly Gen<Action<JsonObject>> Fault = Gen.OneOf(
        Gen.Const<Action<JsonObject>>(a => a.Remove("serviceUrl")),
        Gen.OneOf(BadServiceUrls).Select<string, Action<JsonObject>>(url => a => a["serviceUrl"] = url),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["serviceUrl"] = v),
        Gen.Const<Action<JsonObject>>(a => a.Remove("conversation")),
        Gen.Const<Action<JsonObject>>(a => a["conversation"] = new JsonObject()),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["conversation"] = v),
        BadId.Select<string, Action<JsonObject>>(id => a => Object(a, "conversation")["id"] = id),
        Gen.OneOf(" ", "\t", "   ").Select<string, Action<JsonObject>>(blank => a => Object(a, "conversation")["tenantId"] = blank),
        Gen.OneOf(" ", "\t", "   ").Select<string, Action<JsonObject>>(blank => a => Object(a, "from")["aadObjectId"] = blank),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["from"] = v),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => Object(a, "from")["id"] = v),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["recipient"] = v),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["channelData"] = v),
        Gen.OneOf("tenant", "team", "channel", "meeting", "settings", "eventType").SelectMany(part => AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => Object(a, "channelData")[part] = v)),
        Gen.Const<Action<JsonObject>>(a => a["membersAdded"] = new JsonArray((JsonNode?)null)),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["membersAdded"] = v),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["membersRemoved"] = new JsonArray(v)),
        Gen.OneOf(
            Gen.Const<Action<JsonObject>>(a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = null, ["text"] = "<at>Bot</at>" })),
            Gen.Const<Action<JsonObject>>(a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = null })),
            Gen.Const<Action<JsonObject>>(a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = null } })),
            AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["entities"] = v)),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["value"] = v),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["text"] = v),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["type"] = v),
        AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a["id"] = v),
        Gen.OneOf("ServiceURL", "CONVERSATION", "Type").SelectMany(name => AnyValue.Select<JsonNode?, Action<JsonObject>>(v => a => a[name] = v)));

    /// <summary>An activity of a kind Teams sends, well formed, from <paramref name="user"/>.</summary>
    public static Gen<JsonObject> Valid(Uri serviceUrl, string user) => Gen.Frequency(
        (5, Gen.Select(Text, Conversation, (text, c) => Message(serviceUrl, user, c.Type, c.Id, text))),
        (3, Gen.Select(Gen.OneOf(Verbs), AnyValue, Conversation, (verb, data, c) => Execute(serviceUrl, user, c.Type, c.Id, verb, data))),
        (1, Gen.Select(Gen.OneOf(InvokeNames), AnyValue, (name, value) => Invoke(serviceUrl, user, name, value))),
        (1, Gen.Select(AnyValue, value => Submit(serviceUrl, user, value))),
        (1, Gen.Select(Conversation, Gen.Bool, (c, added) => MembersChanged(serviceUrl, user, c.Type, c.Id, added))),
        (1, Gen.Select(Gen.OneOf(GroupConversations), Gen.Int[1, 60], Gen.Bool, (c, count, added) => PeopleChanged(serviceUrl, user, c.Type, c.Id, count, added))),
        (1, Gen.OneOf("typing", "event", "messageReaction", "installationUpdate", "endOfConversation", "somethingNew")
            .Select(type => Base(type, serviceUrl, user, "personal", PersonalConversation(user)))));

    /// <summary>A valid activity with one to three faults: what the edge must refuse or survive.</summary>
    public static Gen<JsonObject> Faulty(Uri serviceUrl, string user) =>
        Gen.Select(Valid(serviceUrl, user), Fault.Array[1, 3], (activity, faults) =>
        {
            foreach (var fault in faults)
            {
                fault(activity);
            }

            return activity;
        });

    /// <summary>
    /// A case for the runner: mostly single activities (valid, faulty, or replying to an address
    /// that cannot be reached), sometimes a whole confirmed quick check-in.
    /// </summary>
    public static Gen<FuzzCase> Case(Uri serviceUrl, IReadOnlyList<Uri> unreachable) =>
        Gen.Select(Gen.Guid, guid => "29:fuzz-" + guid.ToString("N")[..16]).SelectMany(user => Gen.Frequency(
            (8, Faulty(serviceUrl, user).Select(a => (FuzzCase)new FuzzCase.Single(a))),
            (4, Valid(serviceUrl, user).Select(a => (FuzzCase)new FuzzCase.Single(a))),
            (1, Gen.Select(Valid(serviceUrl, user), Gen.OneOf([.. unreachable]), (a, url) =>
            {
                a["serviceUrl"] = url.ToString();
                return (FuzzCase)new FuzzCase.Single(a);
            })),
            (1, Gen.Int[100_000, 700_000].Select(n => (FuzzCase)new FuzzCase.Single(Message(serviceUrl, user, "personal", string.Empty, new string('x', n))))),
            (1, Journey("29:journey-" + user[8..]))));

    /// <summary>A quick check-in from start to confirm, with a written sentence that may be hostile.</summary>
    public static Gen<FuzzCase> Journey(string user) =>
        Gen.Select(Gen.Int[1, 5], Text.Where(t => !string.IsNullOrWhiteSpace(t) && t.Length <= 2_000), Gen.Int[1, 2], Gen.Bool,
            (rating, sentence, confirms, together) => (FuzzCase)new FuzzCase.Journey(user, rating.ToString(CultureInfo.InvariantCulture), sentence, confirms, together));

    private static readonly (string Type, string Id)[] GroupConversations =
    [
        ("groupChat", "19:fuzz-group@thread.v2"),
        ("channel", "19:fuzz-channel@thread.tacv2;messageid=1"),
    ];

    private static readonly Gen<(string Type, string Id)> Conversation = Gen.Frequency(
        (4, Gen.Const(("personal", string.Empty))),
        (1, Gen.Const(GroupConversations[0])),
        (1, Gen.Const(GroupConversations[1])));

    public static JsonObject Message(Uri serviceUrl, string user, string conversationType, string conversationId, string text)
    {
        var activity = Base("message", serviceUrl, user, conversationType, conversationId.Length == 0 ? PersonalConversation(user) : conversationId);
        activity["text"] = conversationType == "personal" ? text : $"<at>SupervisionBot</at> {text}";
        activity["textFormat"] = "plain";
        if (conversationType != "personal")
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>SupervisionBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "SupervisionBot" },
            });
        }

        return activity;
    }

    public static JsonObject Execute(Uri serviceUrl, string user, string conversationType, string conversationId, string verb, JsonNode? data)
    {
        var activity = Base("invoke", serviceUrl, user, conversationType, conversationId.Length == 0 ? PersonalConversation(user) : conversationId);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>The personal conversation of a generated user: one per user, so runs do not share state (<c>a:journey-…</c> for a check-in's author).</summary>
    public static string PersonalConversation(string user) => "a:" + user[3..];

    private static JsonObject Invoke(Uri serviceUrl, string user, string name, JsonNode? value)
    {
        var activity = Base("invoke", serviceUrl, user, "personal", PersonalConversation(user));
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    private static JsonObject Submit(Uri serviceUrl, string user, JsonNode? value)
    {
        var activity = Base("message", serviceUrl, user, "personal", PersonalConversation(user));
        activity["value"] = value;
        return activity;
    }

    private static JsonObject MembersChanged(Uri serviceUrl, string user, string conversationType, string conversationId, bool added)
    {
        var activity = Base("conversationUpdate", serviceUrl, user, conversationType, conversationId.Length == 0 ? PersonalConversation(user) : conversationId);
        activity[added ? "membersAdded" : "membersRemoved"] = new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = "SupervisionBot" });
        return activity;
    }

    /// <summary>People (not the bot) joining or leaving a group chat or channel, as Teams reports a batch of them.</summary>
    private static JsonObject PeopleChanged(Uri serviceUrl, string user, string conversationType, string conversationId, int count, bool added)
    {
        var activity = Base("conversationUpdate", serviceUrl, user, conversationType, conversationId);
        activity[added ? "membersAdded" : "membersRemoved"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
        {
            ["id"] = $"29:member-{user[3..]}-{i.ToString(CultureInfo.InvariantCulture)}",
            ["aadObjectId"] = $"aad-member-{user[3..]}-{i.ToString(CultureInfo.InvariantCulture)}",
        })]);
        return activity;
    }

    private static JsonObject Base(string type, Uri serviceUrl, string user, string conversationType, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["timestamp"] = "2026-11-25T10:00:00.000Z",
        ["from"] = new JsonObject { ["id"] = user, ["name"] = "Fuzz User", ["aadObjectId"] = "aad-" + user[3..] },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "SupervisionBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["tenantId"] = TenantId,
            ["isGroup"] = conversationType != "personal",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = "en-GB",
    };

    /// <summary>The object under <paramref name="name"/>, made one if it is something else, so a fault can reach inside.</summary>
    private static JsonObject Object(JsonObject activity, string name)
    {
        if (activity[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        activity[name] = created;
        return created;
    }
}
