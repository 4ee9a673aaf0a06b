using SupervisionBot.Cards.Model;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Reads a card's tree: every element however deeply nested, and every button wherever it sits.</summary>
internal static class CardContents
{
    public static IEnumerable<CardElement> Elements(AdaptiveCard card) => card.Body.SelectMany(Flatten);

    public static IEnumerable<CardInput> Inputs(AdaptiveCard card) => Elements(card).OfType<CardInput>();

    public static IEnumerable<TextBlock> Texts(AdaptiveCard card) => Elements(card).OfType<TextBlock>();

    /// <summary>The card's own actions, those in action sets in its body, and those on cards a button reveals.</summary>
    public static IEnumerable<ExecuteAction> Buttons(AdaptiveCard card) =>
        (card.Actions ?? []).Concat(Elements(card).OfType<ActionSet>().SelectMany(set => set.Actions))
            .SelectMany(action => action is ShowCardAction shown ? Buttons(shown.Card).Cast<CardAction>() : [action])
            .OfType<ExecuteAction>();

    public static ExecuteAction Button(AdaptiveCard card, string verb) => Assert.Single(Buttons(card), button => button.Verb == verb);

    private static IEnumerable<CardElement> Flatten(CardElement element) => element switch
    {
        Container container => [container, .. container.Items.SelectMany(Flatten)],
        ColumnSet columns => [columns, .. columns.Columns.SelectMany(column => column.Items).SelectMany(Flatten)],
        _ => [element],
    };
}
