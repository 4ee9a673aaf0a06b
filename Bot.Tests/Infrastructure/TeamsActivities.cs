using System.Text;
using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Activities shaped like the ones Teams posts to a bot.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:supervisionbot";
    public const string UserId = "29:therapist-1";
    public const string TenantId = "00000000-0000-0000-0000-000000000001";

    public static JsonObject Message(Uri serviceUrl, string text, string conversationType = "personal", string conversationId = "a:personal-1")
    {
        var activity = Base("message", serviceUrl, conversationType, conversationId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A group or channel message that @mentions the bot, as Teams sends it.</summary>
    public static JsonObject MentionMessage(Uri serviceUrl, string text, string conversationType = "groupChat")
    {
        var mention = "<at>SupervisionBot</at>";
        var activity = Message(serviceUrl, $"{mention} {text}", conversationType, "19:group-1@thread.v2");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "SupervisionBot" },
        });
        return activity;
    }

    public static JsonObject Submit(Uri serviceUrl, JsonNode value)
    {
        var activity = Base("message", serviceUrl, "personal", "a:personal-1");
        activity["value"] = value;
        return activity;
    }

    public static JsonObject Execute(Uri serviceUrl, string verb, JsonNode? data, string conversationType = "personal", string conversationId = "a:personal-1")
    {
        var activity = Base("invoke", serviceUrl, conversationType, conversationId);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject BotAdded(Uri serviceUrl, string conversationType = "personal", string conversationId = "a:personal-1")
    {
        var activity = Base("conversationUpdate", serviceUrl, conversationType, conversationId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = "SupervisionBot" });
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["eventType"] = null };
        return activity;
    }

    public static JsonObject Of(string type, Uri serviceUrl) => Base(type, serviceUrl, "personal", "a:personal-1");

    public static StringContent Json(JsonNode activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonObject Base(string type, Uri serviceUrl, string conversationType, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["timestamp"] = "2026-11-25T10:00:00.000Z",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Therapist One", ["aadObjectId"] = "11111111-1111-1111-1111-111111111111" },
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
}
