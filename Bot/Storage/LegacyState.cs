using System.Text.Json;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Dialogs.Storage;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Reads state written before the session store, when bot state went through Bot Framework's
/// <c>IStorage</c> with Newtonsoft type names (<c>$type</c>): an open reflection (its session as
/// a JSON string) and ConversationState's dictionary (whose one value was the conversation
/// record). Each is rewritten in today's shape under the same key; anything else is refused
/// with a message that says what to do, rather than read wrongly.
/// </summary>
internal static class LegacyState
{
    private const string TypeProperty = "$type";

    /// <summary>What to do with one stored document.</summary>
    public enum Action
    {
        /// <summary>Already in today's shape.</summary>
        Keep,

        /// <summary>Rewrite it with the JSON given.</summary>
        Rewrite,

        /// <summary>Old state with nothing the bot still reads (an empty or unused state bag): delete it.</summary>
        Delete,
    }

    /// <summary>A cheap first look: only a document that mentions a type name can be old state.</summary>
    public static bool MayBeLegacy(BinaryData json) => json.ToMemory().Span.IndexOf("\"$type\""u8) >= 0;

    /// <exception cref="InvalidOperationException">The document is old state of a kind this version cannot read.</exception>
    public static (Action Action, byte[]? Json) Convert(LegacyStateItem item, string where)
    {
        ArgumentNullException.ThrowIfNull(item);
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(item.Json) as JsonObject;
        }
        catch (JsonException)
        {
            throw Unreadable(item, where);
        }

        if (root is null)
        {
            throw Unreadable(item, where);
        }

        if (!root.ContainsKey(TypeProperty))
        {
            return (Action.Keep, null);
        }

        if (root["SessionJson"] is JsonValue sessionJson && sessionJson.TryGetValue<string>(out var session))
        {
            var redaction = (root["Redaction"] is JsonObject list ? list["$values"] : root["Redaction"]) as JsonArray ?? [];
            var record = new OpenReflectionRecord(
                JsonSerializer.SerializeToElement(ReflectionSessionJson.Deserialize(session), ReflectionSessionJson.TypeInfo),
                [.. redaction.Select(form => (string)form!)]);
            return (Action.Rewrite, JsonSerializer.SerializeToUtf8Bytes(record, SessionJsonContext.Default.OpenReflectionRecord));
        }

        if (root["ConversationRecord"] is JsonObject conversation)
        {
            var record = new ConversationRecord((bool?)conversation["Introduced"] ?? false);
            return (Action.Rewrite, JsonSerializer.SerializeToUtf8Bytes(record, SessionJsonContext.Default.ConversationRecord));
        }

        if (((string?)root[TypeProperty])?.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) == true)
        {
            return (Action.Delete, null);
        }

        throw Unreadable(item, where);
    }

    private static InvalidOperationException Unreadable(LegacyStateItem item, string where) => new(
        $"Bot state item '{item.Name}' in {where} was written by an older version of the bot in a shape this " +
        "version cannot read. Stop the bot, move that item out of the way (or delete it: it holds at most one " +
        "therapist's unfinished reflection), and start the bot again.");
}
