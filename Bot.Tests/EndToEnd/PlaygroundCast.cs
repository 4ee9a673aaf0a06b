using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// Who is in the Playground, as it reports its configuration: the current user (whose view the
/// web UI shows), five more mock users, one group chat with all of them, and the bot.
/// </summary>
public sealed record PlaygroundCast(
    PlaygroundUser Me,
    IReadOnlyList<PlaygroundUser> Others,
    string GroupChatId,
    string TenantId,
    string BotId,
    string BotName)
{
    public IReadOnlyList<PlaygroundUser> Everyone => [Me, .. Others];

    public PlaygroundUser Named(string name) => Everyone.Single(user => user.Name == name);

    public static PlaygroundCast Read(JsonObject config) => new(
        User(config["currentUser"]!),
        [.. config["users"]!.AsArray().Select(user => User(user!))],
        (string)config["groupChats"]![0]!["id"]!,
        (string)config["tenantId"]!,
        (string)config["bot"]!["id"]!,
        (string)config["bot"]!["name"]!);

    private static PlaygroundUser User(JsonNode user) => new((string)user["id"]!, (string)user["name"]!, (string)user["aadObjectId"]!);
}

/// <summary>A mock user: the Teams user id the Playground sends as <c>from.id</c>, their display name and AAD object id.</summary>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId);
