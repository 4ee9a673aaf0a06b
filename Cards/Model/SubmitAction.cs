namespace SupervisionBot.Cards.Model;

public sealed record SubmitAction(string Title, CardActionData Data) : CardAction(Title)
{
    public AssociatedInputs? AssociatedInputs { get; init; }
}
