namespace SupervisionBot.Dialogs.Flows;

/// <summary>One option of a choice or rating input: the value a card sends and the words the therapist reads.</summary>
public sealed record Choice(string Value, string Label);
