using System.Text.Json;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// The stored form of a <see cref="ReflectionDocument"/>. Both archives read and write only through
/// this, so a document of a schema version this code does not know is refused rather than half read.
/// </summary>
internal static class ReflectionDocumentJson
{
    public static byte[] Serialize(ReflectionDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, ArchiveJsonContext.Default.ReflectionDocument);

    /// <exception cref="JsonException">The bytes are not a reflection document of a known schema version.</exception>
    public static ReflectionDocument Deserialize(ReadOnlySpan<byte> json)
    {
        var document = JsonSerializer.Deserialize(json, ArchiveJsonContext.Default.ReflectionDocument)
            ?? throw new JsonException("A stored reflection cannot be null.");
        return document.SchemaVersion == ReflectionDocument.CurrentSchemaVersion
            ? document
            : throw new JsonException(
                $"A stored reflection has schema version {document.SchemaVersion}; this version of the bot reads {ReflectionDocument.CurrentSchemaVersion}.");
    }
}
