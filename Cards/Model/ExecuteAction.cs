namespace SupervisionBot.Cards.Model;

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke and the bot may answer
/// with a card that replaces this one in place. The verb is repeated in <see cref="Data"/> so the
/// same card still works when a client falls back to <c>Action.Submit</c> semantics.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, CardActionData Data) : CardAction(Title)
{
    public AssociatedInputs? AssociatedInputs { get; init; }

    public static ExecuteAction For(string title, CardActionData data) => new(title, data.Verb, data);
}
