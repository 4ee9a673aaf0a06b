using System.Text.Json.Serialization;

namespace SupervisionBot.Anonymisation.Cli;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonlRequest))]
[JsonSerializable(typeof(JsonlResponse))]
[JsonSerializable(typeof(JsonlError))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
