using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Validates JSON against the official schemas vendored in shared/schemas.</summary>
internal static class SchemaValidator
{
    private static readonly Lazy<JsonSchema> AdaptiveCardSchema = new(() => Load("adaptive-card-1.5.json", Dialect.Draft06));

    // The manifest schema declares draft-04 but relies on const and if/then: evaluate as draft-07.
    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => Load("teams-manifest-1.30.schema.json", Dialect.Draft07));

    /// <summary>
    /// Errors of a card against the Adaptive Card 1.5 schema. Teams' root-level <c>msteams</c>
    /// extension is not in the official schema, so it is set aside first.
    /// </summary>
    public static IReadOnlyList<string> AdaptiveCardErrors(JsonNode card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        return Errors(AdaptiveCardSchema.Value, copy);
    }

    public static IReadOnlyList<string> ManifestErrors(JsonNode manifest) => Errors(ManifestSchema.Value, manifest);

    private static JsonSchema Load(string file, Dialect dialect)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("eng", "schemas", file));
        var node = JsonNode.Parse(text)!.AsObject();

        // Both files name an older meta-schema (and "id" rather than "$id"); the dialect is chosen here.
        node.Remove("$schema");
        node.Remove("id");
        var options = new BuildOptions { Dialect = dialect, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(node.ToJsonString(), options);
    }

    private static List<string> Errors(JsonSchema schema, JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }
}
