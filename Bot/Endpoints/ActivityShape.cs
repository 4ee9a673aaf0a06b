using System.Text.Json;

namespace SupervisionBot.Bot.Endpoints;

/// <summary>
/// Checks a posted activity's shape before any turn runs, so input the bot could never answer
/// (no address to reply to, a conversation id no connector would take, fields of the wrong type)
/// is refused with a 400 and a short reason instead of failing inside a turn. Reasons are fixed
/// phrases: they never repeat what the client sent.
/// </summary>
/// <remarks>
/// The SDK reads activities with Newtonsoft.Json, which matches property names without regard to
/// case and lets a later duplicate win, so properties are looked up the same way here and a
/// property given twice is refused: what is checked is what the turn will see.
/// </remarks>
internal static class ActivityShape
{
    /// <summary>Teams ids are ASCII and well under a few hundred characters; this leaves room.</summary>
    internal const int MaxIdLength = 1_000;

    /// <summary>The reason to refuse <paramref name="activity"/>, or null when its shape is sound.</summary>
    public static string? Check(JsonElement activity, ServiceUrlPolicy serviceUrls)
    {
        ArgumentNullException.ThrowIfNull(serviceUrls);
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "the body is not a JSON object";
        }

        return Find(activity, "type", out var type) is { } duplicate ? duplicate
            : type is not { ValueKind: JsonValueKind.String } || string.IsNullOrWhiteSpace(type.Value.GetString()) ? "type is missing"
            : CheckServiceUrl(activity, serviceUrls)
            ?? CheckConversation(activity)
            ?? CheckAccount(activity, "from", required: false)
            ?? CheckAccount(activity, "recipient", required: true)
            ?? CheckMembers(activity, "membersAdded")
            ?? CheckMembers(activity, "membersRemoved")
            ?? CheckEntities(activity)
            ?? CheckChannelData(activity)
            ?? CheckInvokeValue(activity, type.Value.GetString()!);
    }

    /// <summary>Teams sends every invoke with an object as its value; the SDK casts it without checking.</summary>
    private static string? CheckInvokeValue(JsonElement activity, string type)
    {
        if (!type.Equals("invoke", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Find(activity, "value", out var value) is { } duplicate)
        {
            return duplicate;
        }

        return value is { ValueKind: JsonValueKind.Object } ? null : "an invoke's value is not an object";
    }

    private static string? CheckServiceUrl(JsonElement activity, ServiceUrlPolicy serviceUrls)
    {
        if (Find(activity, "serviceUrl", out var value) is { } duplicate)
        {
            return duplicate;
        }

        if (value is not { ValueKind: JsonValueKind.String } || string.IsNullOrWhiteSpace(value.Value.GetString()))
        {
            return "serviceUrl is missing";
        }

        return serviceUrls.Refusal(value.Value.GetString()!);
    }

    private static string? CheckConversation(JsonElement activity)
    {
        if (Find(activity, "conversation", out var conversation) is { } duplicate)
        {
            return duplicate;
        }

        if (conversation is not { ValueKind: JsonValueKind.Object } c)
        {
            return "conversation is missing";
        }

        return CheckId(c, "id", "conversation.id", required: true)
            ?? CheckOptionalText(c, "tenantId", "conversation.tenantId")
            ?? CheckOptionalText(c, "conversationType", "conversation.conversationType");
    }

    /// <summary>An account; the recipient (the bot) is required, since replies and mentions are read against it.</summary>
    private static string? CheckAccount(JsonElement activity, string name, bool required)
    {
        if (Find(activity, name, out var account) is { } duplicate)
        {
            return duplicate;
        }

        return account switch
        {
            null or { ValueKind: JsonValueKind.Null } => required ? $"{name} is missing" : null,
            { ValueKind: JsonValueKind.Object } a => CheckId(a, "id", name + ".id", required)
                ?? CheckOptionalText(a, "aadObjectId", name + ".aadObjectId"),
            _ => $"{name} is not an object",
        };
    }

    private static string? CheckMembers(JsonElement activity, string name)
    {
        if (Find(activity, name, out var members) is { } duplicate)
        {
            return duplicate;
        }

        switch (members)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return null;
            case { ValueKind: JsonValueKind.Array } list:
                foreach (var member in list.EnumerateArray())
                {
                    if (member.ValueKind != JsonValueKind.Object)
                    {
                        return $"{name} holds something that is not an account";
                    }

                    if ((CheckId(member, "id", name + "[].id", required: true) ?? CheckOptionalText(member, "aadObjectId", name + "[].aadObjectId")) is { } refusal)
                    {
                        return refusal;
                    }
                }

                return null;
            default:
                return $"{name} is not a list";
        }
    }

    private static string? CheckEntities(JsonElement activity)
    {
        if (Find(activity, "entities", out var entities) is { } duplicate)
        {
            return duplicate;
        }

        switch (entities)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return null;
            case { ValueKind: JsonValueKind.Array } list:
                foreach (var entity in list.EnumerateArray())
                {
                    if (entity.ValueKind != JsonValueKind.Object)
                    {
                        return "entities holds something that is not an entity";
                    }

                    if (Find(entity, "type", out var type) is { } twice)
                    {
                        return twice;
                    }

                    if (type is { ValueKind: JsonValueKind.String } t && t.GetString() == "mention" && CheckMention(entity) is { } refusal)
                    {
                        return refusal;
                    }
                }

                return null;
            default:
                return "entities is not a list";
        }
    }

    /// <summary>The SDK's mention helpers dereference both fields without checking them.</summary>
    private static string? CheckMention(JsonElement mention)
    {
        if (Find(mention, "mentioned", out var mentioned) is { } duplicate)
        {
            return duplicate;
        }

        if (mentioned is not { ValueKind: JsonValueKind.Object } account)
        {
            return "a mention names no account";
        }

        if (CheckId(account, "id", "mention.mentioned.id", required: true) is { } refusal)
        {
            return refusal;
        }

        if (Find(mention, "text", out var text) is { } twice)
        {
            return twice;
        }

        return text is { ValueKind: JsonValueKind.String } ? null : "a mention has no text";
    }

    private static string? CheckChannelData(JsonElement activity)
    {
        if (Find(activity, "channelData", out var channelData) is { } duplicate)
        {
            return duplicate;
        }

        if (channelData is null or { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return "channelData is not an object";
        }

        // The parts of Teams' channel data the SDK reads as typed objects.
        foreach (var part in (string[])["tenant", "team", "channel", "meeting", "settings", "notification", "onBehalfOf"])
        {
            if (Find(data, part, out var value) is { } twice)
            {
                return twice;
            }

            var expected = part == "onBehalfOf" ? JsonValueKind.Array : JsonValueKind.Object;
            if (value is { ValueKind: not JsonValueKind.Null } v && v.ValueKind != expected)
            {
                return $"channelData.{part} has the wrong type";
            }
        }

        if (Find(data, "eventType", out var eventType) is { } again)
        {
            return again;
        }

        if (eventType is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return "channelData.eventType is not text";
        }

        Find(data, "tenant", out var tenant);
        return tenant is { ValueKind: JsonValueKind.Object } t ? CheckOptionalText(t, "id", "channelData.tenant.id") : null;
    }

    /// <summary>
    /// An id the bot will hash, log or put in a connector URL: printable ASCII of a sane length,
    /// so no NUL, lone surrogate, combining mark or other non-ASCII character reaches a turn.
    /// </summary>
    private static string? CheckId(JsonElement owner, string property, string label, bool required)
    {
        if (Find(owner, property, out var value) is { } duplicate)
        {
            return duplicate;
        }

        if (value is null or { ValueKind: JsonValueKind.Null })
        {
            return required ? $"{label} is missing" : null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            return $"{label} is not text";
        }

        var id = value.Value.GetString()!;
        if (id.Length == 0)
        {
            return $"{label} is empty";
        }

        if (id.Length > MaxIdLength)
        {
            return $"{label} is too long";
        }

        foreach (var c in id)
        {
            if (c is < '!' or > '~')
            {
                return $"{label} has characters no Teams id has";
            }
        }

        return null;
    }

    /// <summary>Optional text that, when given, must say something: whitespace alone is refused.</summary>
    private static string? CheckOptionalText(JsonElement owner, string property, string label)
    {
        if (Find(owner, property, out var value) is { } duplicate)
        {
            return duplicate;
        }

        return value switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.String } s when string.IsNullOrWhiteSpace(s.GetString()) => $"{label} is blank",
            { ValueKind: JsonValueKind.String } => null,
            _ => $"{label} is not text",
        };
    }

    /// <summary>The property, matched as Newtonsoft.Json matches it (ignoring case); a refusal when it is given twice.</summary>
    private static string? Find(JsonElement owner, string name, out JsonElement? value)
    {
        value = null;
        foreach (var property in owner.EnumerateObject())
        {
            if (!property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (value is not null)
            {
                return $"{name} is given twice";
            }

            value = property.Value;
        }

        return null;
    }
}
