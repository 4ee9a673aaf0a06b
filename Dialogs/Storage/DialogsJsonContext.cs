using System.Text.Json.Serialization;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Storage;

/// <summary>Source-generated JSON for sessions, here because only this assembly may set a session's state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ReflectionSession))]
internal sealed partial class DialogsJsonContext : JsonSerializerContext;
