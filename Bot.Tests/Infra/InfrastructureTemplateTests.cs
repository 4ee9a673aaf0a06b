using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Infra;

/// <summary>
/// infra/ compiles and lints clean with the real Bicep CLI (warnings count as failures), and the
/// ARM JSON it compiles to holds the settings a health-care deployment depends on.
/// </summary>
public sealed class InfrastructureTemplateTests
{
    private static readonly string Infra = RepositoryRoot.Combine("infra");

    private static readonly Lazy<Task<JsonObject>> Compiled = new(CompileAsync);

    [Fact]
    public async Task Lint_ReportsNothing()
    {
        var run = await BicepCli.RunAsync(Infra, "lint", "main.bicep");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Equal(string.Empty, (run.Output + run.Error).Trim());
    }

    [Fact]
    public async Task Build_ReportsNoWarnings()
    {
        var run = await BicepCli.RunAsync(Infra, "build", "main.bicep", "--stdout");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("Warning", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Error", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Storage_RefusesPublicBlobsSharedKeysAndOldTls()
    {
        var storage = Single(await Compiled.Value, "Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)storage["allowBlobPublicAccess"]!);
        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
    }

    [Fact]
    public async Task Storage_HasTheBotsContainers_AndNoSoftDeleteOfReflections()
    {
        var template = await Compiled.Value;
        var (containers, root) = Assert.Single(Resources(template), r => (string?)r.Resource["type"] == "Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal("[length(variables('containerNames'))]", (string?)containers["copy"]!["count"]);
        Assert.Contains("variables('containerNames')[copyIndex()]", (string?)containers["name"], StringComparison.Ordinal);
        Assert.Equal(["bot-state", "reflections", "coordination"], root["variables"]!["containerNames"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("None", (string?)containers["properties"]!["publicAccess"]);

        var blobService = Single(template, "Microsoft.Storage/storageAccounts/blobServices")["properties"]!;
        Assert.False((bool)blobService["deleteRetentionPolicy"]!["enabled"]!);
        Assert.False((bool)blobService["isVersioningEnabled"]!);
    }

    [Fact]
    public async Task Storage_IsLockedAgainstDeletion_UnlessTheOperatorOptsIn()
    {
        var template = await Compiled.Value;
        var lockResource = Single(template, "Microsoft.Authorization/locks");

        Assert.Equal("CanNotDelete", (string?)lockResource["properties"]!["level"]);
        Assert.Contains("storageAccounts", (string?)lockResource["scope"], StringComparison.Ordinal);
        Assert.Equal("[not(parameters('allowDataDeletion'))]", (string?)lockResource["condition"]);
        Assert.False((bool)template["parameters"]!["allowDataDeletion"]!["defaultValue"]!);
        Assert.Equal("${AZURE_ALLOW_DATA_DELETION=false}", Parameter("allowDataDeletion"));
    }

    [Fact]
    public async Task WebApp_IsLinuxDotNet10_HttpsOnly_WithHealthCheck()
    {
        var site = Single(await Compiled.Value, "Microsoft.Web/sites")["properties"]!;
        var config = site["siteConfig"]!;

        Assert.True((bool)site["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
    }

    [Fact]
    public async Task Secrets_AreKeyVaultReferences_NeverValues()
    {
        var site = Single(await Compiled.Value, "Microsoft.Web/sites");
        var settings = (string)site["properties"]!["siteConfig"]!["appSettings"]!;
        var secretSettings = (string)Root(await Compiled.Value, "Microsoft.Web/sites")["variables"]!["secretSettings"]!;

        Assert.Contains("'Privacy__PseudonymKey', 'value', format('@Microsoft.KeyVault(VaultName={0};SecretName=pseudonym-key)'", settings, StringComparison.Ordinal);
        Assert.Contains("'MicrosoftAppPassword', 'value', format('@Microsoft.KeyVault(VaultName={0};SecretName=bot-app-password)'", secretSettings, StringComparison.Ordinal);
        Assert.Single(Occurrences(settings + secretSettings, "'MicrosoftAppPassword'"));
        Assert.Single(Occurrences(settings + secretSettings, "'Privacy__PseudonymKey'"));
        Assert.Contains("variables('secretSettings')", settings, StringComparison.Ordinal);
        Assert.Contains("keyVaultReferenceIdentity", site["properties"]!.AsObject().Select(p => p.Key));

        var vault = Single(await Compiled.Value, "Microsoft.KeyVault/vaults")["properties"]!;
        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
    }

    [Fact]
    public async Task Production_RunsTwoInstancesByDefault()
    {
        var template = await Compiled.Value;
        var plan = Single(template, "Microsoft.Web/serverfarms");

        Assert.Equal("[parameters('instanceCount')]", (string?)plan["sku"]!["capacity"]);
        Assert.Equal(2, (int)template["parameters"]!["instanceCount"]!["defaultValue"]!);
        Assert.Equal("${AZURE_APP_INSTANCE_COUNT=2}", Parameter("instanceCount"));
        Assert.True((bool)plan["properties"]!["reserved"]!, "a Linux plan");
    }

    [Fact]
    public async Task TheApp_SignsInWithAUserAssignedIdentity_ThatCanUseStorageAndReadSecrets()
    {
        var template = await Compiled.Value;
        var site = Single(template, "Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Single(Resources(template), r => (string?)r.Resource["type"] == "Microsoft.ManagedIdentity/userAssignedIdentities");

        var variables = Root(template, "Microsoft.Web/sites")["variables"]!;
        Assert.Equal("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", (string?)variables["storageBlobDataOwner"]);
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", (string?)variables["keyVaultSecretsUser"]);
        var roles = Resources(template).Where(r => (string?)r.Resource["type"] == "Microsoft.Authorization/roleAssignments")
            .Select(r => ((string?)r.Resource["scope"], (string)r.Resource["properties"]!["roleDefinitionId"]!)).ToList();
        Assert.Contains(roles, r => r.Item1!.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal) && r.Item2.Contains("variables('storageBlobDataOwner')", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.Item1!.Contains("Microsoft.KeyVault/vaults", StringComparison.Ordinal) && r.Item2.Contains("variables('keyVaultSecretsUser')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAzureBot_CallsTheApp_AndHasTeamsEnabled()
    {
        var template = await Compiled.Value;
        var bot = Single(template, "Microsoft.BotService/botServices")["properties"]!;
        Assert.Contains("/api/messages", (string?)bot["endpoint"], StringComparison.Ordinal);
        Assert.Equal("[parameters('botAppType')]", (string?)bot["msaAppType"]);
        Assert.Equal("UserAssignedMSI", (string?)template["parameters"]!["botAppType"]!["defaultValue"]);

        var teams = Single(template, "Microsoft.BotService/botServices/channels")["properties"]!;
        Assert.Equal("MsTeamsChannel", (string?)teams["channelName"]);
        Assert.True((bool)teams["properties"]!["isEnabled"]!);
    }

    [Fact]
    public async Task MonitoringIsProvisioned_AndAcceptsOnlyEntraAuthenticatedTelemetry()
    {
        var template = await Compiled.Value;
        Assert.Single(Resources(template), r => (string?)r.Resource["type"] == "Microsoft.OperationalInsights/workspaces");
        var insights = Single(template, "Microsoft.Insights/components")["properties"]!;
        Assert.True((bool)insights["DisableLocalAuth"]!);
    }

    [Fact]
    public void AzureYaml_DeploysTheBotProjectToAppService()
    {
        var yaml = File.ReadAllText(RepositoryRoot.Combine("azure.yaml"));

        Assert.Contains("project: ./Bot", yaml, StringComparison.Ordinal);
        Assert.Contains("host: appservice", yaml, StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryRoot.Combine("infra", "hooks", "ensure-secrets.sh")));
    }

    private static async Task<JsonObject> CompileAsync()
    {
        var run = await BicepCli.RunAsync(Infra, "build", "main.bicep", "--stdout");
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonNode.Parse(run.Output)!.AsObject();
    }

    private static string? Parameter(string name) =>
        (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(Infra, "main.parameters.json")))!["parameters"]![name]!["value"];

    /// <summary>Every resource in the template and its nested (module) templates, with the template that declares it.</summary>
    private static IEnumerable<(JsonObject Resource, JsonObject Root)> Resources(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return (resource, template);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonObject Root(JsonObject template, string type) =>
        Assert.Single(Resources(template), r => (string?)r.Resource["type"] == type).Root;

    private static JsonObject Single(JsonObject template, string type) =>
        Assert.Single(Resources(template), r => (string?)r.Resource["type"] == type).Resource;

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
