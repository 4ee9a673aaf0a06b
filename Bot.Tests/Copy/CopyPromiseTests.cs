using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Copy;

/// <summary>
/// Every card and message the bot can send promises only what the code does: an absolute word
/// ("never", "no one", "anonymous", "nothing", ...) is allowed only where a named test proves it.
/// </summary>
public class CopyPromiseTests
{
    /// <summary>The plain-text messages and banners the edge sends, by name.</summary>
    public static TheoryData<string> MessageNames => [.. Messages.Keys];

    private static readonly Dictionary<string, string> Messages = new()
    {
        ["turn error apology"] = SupervisionBotAdapter.Apology,
        ["unreadable card"] = SupervisionTeamsBot.UnreadableCardMessage,
        ["out-of-date card"] = SupervisionTeamsBot.OutOfDateCardMessage,
        ["out-of-date banner"] = ReflectionViewCards.OutOfDateBanner,
        ["personal chat only"] = ReflectionViewCards.PersonalChatOnlyMessage,
        ["case label identifies someone"] = SubmissionRedactor.LabelMessage,
        ["anonymiser failed"] = SubmissionRedactor.FailedMessage,
    };

    [Theory]
    [MemberData(nameof(EveryCard.Names), MemberType = typeof(EveryCard))]
    public void Card_MakesNoAbsolutePromiseThatNoTestProves(string name)
    {
        var unproven = AbsolutePromises.Words(EveryCard.Create(name)).SelectMany(AbsolutePromises.Unproven).ToList();

        Assert.True(unproven.Count == 0, string.Join(Environment.NewLine, unproven));
    }

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Message_MakesNoAbsolutePromiseThatNoTestProves(string name)
    {
        Assert.Empty(AbsolutePromises.Unproven(Messages[name]));
    }

    [Fact]
    public void Flows_EveryQuestionAndHint_MakesNoAbsolutePromiseThatNoTestProves()
    {
        // Steps hidden behind a follow-up are still words the bot can send.
        var words = FlowCatalog.Standard.All.SelectMany(flow => flow.Steps.SelectMany(step =>
            new[] { step.Title, step.Prompt, step.Hint }
                .Concat(step.Inputs.SelectMany(input => new[] { input.Label, input.Hint ?? string.Empty, input.Placeholder ?? string.Empty }))
                .Concat(step.Inputs.SelectMany(input => input.Choices.IsDefault ? Enumerable.Empty<string>() : input.Choices.Select(choice => choice.Label)))));

        Assert.Empty(words.SelectMany(AbsolutePromises.Unproven));
    }

    [Fact]
    public void AllowList_EveryEntryNamesARealTest_AndIsStillSaidSomewhere()
    {
        var everything = EveryCard.AllNames.SelectMany(name => AbsolutePromises.Words(EveryCard.Create(name)))
            .Concat(Messages.Values)
            .ToList();

        Assert.All(AbsolutePromises.ProvenBy, entry =>
        {
            Assert.True(AbsolutePromises.FindTest(entry.Value) is not null, $"\"{entry.Key}\" names {entry.Value}, which is not a test.");
            Assert.True(everything.Any(text => text.Contains(entry.Key, StringComparison.Ordinal)), $"\"{entry.Key}\" is no longer said: remove it from the allow-list.");
            Assert.True(AbsolutePromises.HasAny(entry.Key), $"\"{entry.Key}\" makes no absolute promise: it does not belong on the allow-list.");
        });
    }

    [Theory]
    [InlineData("Your client's name is never stored.")]
    [InlineData("No one else will see it.")]
    [InlineData("Your reflection is anonymous.")]
    [InlineData("Nothing reaches your manager.")]
    public void Unproven_FindsAnAbsolutePromise(string promise)
    {
        // Proves the check can fail, so a green copy test means something.
        Assert.NotEmpty(AbsolutePromises.Unproven(promise));
    }

    [Theory]
    [InlineData("What is kept is pseudonymised, not anonymous.")]
    [InlineData("It is pseudonymised rather than anonymous.")]
    [InlineData("This card is out of date, so nothing has changed.")]
    public void Unproven_LetsThroughDisclaimersAndProvenPromises(string text)
    {
        Assert.Empty(AbsolutePromises.Unproven(text));
    }

    [Fact]
    public void Words_ReadsTextOnCardsAButtonReveals()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock("Outside")],
            Actions = [new ShowCardAction("Open", new AdaptiveCard { Body = [new TextBlock("Inside: no one will know")] })],
        };

        Assert.Contains("Inside: no one will know", AbsolutePromises.Words(card));
        Assert.NotEmpty(AbsolutePromises.Words(card).SelectMany(AbsolutePromises.Unproven));
    }
}
