using SupervisionBot.Bot.Tests.Copy;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Help;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Privacy;
using SupervisionBot.Cards.Welcome;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Copy;

/// <summary>
/// The welcome card, privacy, help and the README tell the same story, and the story the code
/// tells: removal is automatic and can miss things, what is kept is pseudonymised, and nothing
/// is delivered to a supervisor or group yet.
/// </summary>
public class CopyAgreementTests
{
    public static TheoryData<string> Sources => ["welcome", "privacy", "README"];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Source_SaysRemovalCanMissThings_AndThatWhatIsKeptIsPseudonymised(string source)
    {
        var text = Text(source);

        Assert.Contains("Automatic removal can miss things", text, StringComparison.Ordinal);
        Assert.Contains("pseudonymised", text, StringComparison.Ordinal);
        Assert.Contains("story itself stays", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Source_SaysSharedReflectionsReachASupervisorThroughTheDigest_OnceEnoughHaveShared(string source)
    {
        var text = Text(source);
        Assert.Contains("digest", text, StringComparison.Ordinal);
        Assert.Contains("enough members have shared", text, StringComparison.Ordinal);
        Assert.DoesNotContain("deliver reflections", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_AndTheRelationshipCard_BothSayTheQuestionsAreNotAValidatedScale()
    {
        var help = string.Join(" ", AbsolutePromises.Words(HelpCard.Create(inGroup: false, didNotUnderstand: false)));

        Assert.Contains(HelpCard.NotAValidatedScale, help, StringComparison.Ordinal);
        Assert.Contains("not a validated scale", HelpCard.NotAValidatedScale, StringComparison.Ordinal);
        Assert.Contains("not a validated scale", SessionReflectionFlow.Definition.FindStep(SessionReflectionFlow.Steps.Relationship)!.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_NamesTheCommandsAsTheyAre()
    {
        var readme = Text("README");

        Assert.Contains("four fictional worked examples", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("three fictional", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("six short cards", readme, StringComparison.Ordinal);
    }

    private static string Text(string source) => source switch
    {
        "welcome" => Words(WelcomeCard.Create()),
        "privacy" => Words(PrivacyCard.Create(new Uri("https://supervisionbot.example/privacy"), 730)),
        // Line breaks in the Markdown source are spaces to a reader.
        "README" => System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(RepositoryRoot.Combine("README.md")), @"\s+", " "),
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    private static string Words(AdaptiveCard card) => string.Join(" ", AbsolutePromises.Words(card));
}
