using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Serialization;

namespace SupervisionBot.Bot.Tests.Cards;

/// <summary>
/// The JSON of every card kind, kept in <c>Bot.Tests/Cards/Golden/</c> so that a change to any
/// card shows up in review as a diff of what Teams will render. After an intended change, update
/// them with one command from the repository root, and review the diff:
/// <code>SUPERVISIONBOT_UPDATE_GOLDEN=1 dotnet test Bot.Tests --filter FullyQualifiedName~GoldenCardTests</code>
/// </summary>
public class GoldenCardTests
{
    private const string UpdateVariable = "SUPERVISIONBOT_UPDATE_GOLDEN";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [MemberData(nameof(EveryCard.Names), MemberType = typeof(EveryCard))]
    public void Card_IsExactlyItsGoldenFile(string name)
    {
        var json = JsonNode.Parse(CardSerializer.Serialize(EveryCard.Create(name)))!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var path = GoldenPath(name);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing. Run: {UpdateVariable}=1 dotnet test Bot.Tests --filter FullyQualifiedName~GoldenCardTests");
        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == json,
            $"The '{name}' card changed. If that was intended, run {UpdateVariable}=1 dotnet test Bot.Tests --filter FullyQualifiedName~GoldenCardTests and review the diff of {path}.");
    }

    [Fact]
    public void EveryGoldenFile_BelongsToACard()
    {
        var expected = EveryCard.AllNames.Select(GoldenPath).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Directory.EnumerateFiles(GoldenFolder, "*.json").Order(StringComparer.Ordinal));
    }

    private static string GoldenFolder => RepositoryRoot.Combine("Bot.Tests", "Cards", "Golden");

    private static string GoldenPath(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var file = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return Path.Combine(GoldenFolder, file + ".json");
    }
}
