namespace SupervisionBot.Cards.Model;

/// <summary>The <c>msteams</c> extension Teams reads on a card's root.</summary>
public sealed record TeamsCardProperties(string Width)
{
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}
