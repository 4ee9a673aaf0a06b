namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Identifies one input of a step. Its <see cref="Value"/> is the Adaptive Card input id, so it is
/// also the key under which a card submission sends the raw value.
/// </summary>
public readonly record struct InputId(string Value)
{
    public override string ToString() => Value;
}
