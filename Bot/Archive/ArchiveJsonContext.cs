using System.Text.Json.Serialization;

namespace SupervisionBot.Bot.Archive;

/// <summary>Source-generated JSON for archived reflections: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ReflectionDocument))]
internal sealed partial class ArchiveJsonContext : JsonSerializerContext;
