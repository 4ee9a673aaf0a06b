using System.Text.Json.Serialization;

namespace SupervisionBot.Bot.Proactive;

/// <summary>Outbox records as source-generated JSON: camelCase, states by name.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(OutboxRecord))]
internal sealed partial class ProactiveJsonContext : JsonSerializerContext;
