using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Layout;

/// <summary>The few text styles the bot's cards use, so every card reads the same way.</summary>
internal static class CardText
{
    public static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading };

    public static TextBlock SectionHeading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(text);

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = TextSize.Small };
}
