using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Storage;

/// <summary>
/// The stored form of a <see cref="ReflectionSession"/>. Storage writes and reads sessions only
/// through this, so no code outside the engine can set a session's state. Redaction-only values
/// are never in a session, so they can never reach storage.
/// </summary>
public static class ReflectionSessionJson
{
    /// <summary>For storage that works with streams: pass to <see cref="JsonSerializer"/>'s typed overloads.</summary>
    public static JsonTypeInfo<ReflectionSession> TypeInfo => DialogsJsonContext.Default.ReflectionSession;

    public static string Serialize(ReflectionSession session) => JsonSerializer.Serialize(session, TypeInfo);

    /// <exception cref="JsonException">The text is not a stored session.</exception>
    public static ReflectionSession Deserialize(string json) =>
        JsonSerializer.Deserialize(json, TypeInfo) ?? throw new JsonException("A stored session cannot be null.");
}
