using SupervisionBot.Cards.Groups;
using SupervisionBot.Cards.Help;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Privacy;
using SupervisionBot.Cards.Welcome;

namespace SupervisionBot.Bot.Tests.Cards;

/// <summary>Every card the bot can send, by name, for the schema and behaviour tests.</summary>
public static class EveryCard
{
    private static readonly Dictionary<string, Func<AdaptiveCard>> Cards = new()
    {
        ["welcome"] = WelcomeCard.Create,
        ["help (personal)"] = () => HelpCard.Create(inGroup: false, didNotUnderstand: false),
        ["help (group)"] = () => HelpCard.Create(inGroup: true, didNotUnderstand: false),
        ["help (not understood)"] = () => HelpCard.Create(inGroup: false, didNotUnderstand: true),
        ["group introduction"] = GroupIntroductionCard.Create,
        ["privacy"] = () => PrivacyCard.Create(new Uri("https://supervisionbot.example/privacy")),
    };

    public static TheoryData<string> Names => [.. Cards.Keys];

    public static AdaptiveCard Create(string name) => Cards[name]();
}
