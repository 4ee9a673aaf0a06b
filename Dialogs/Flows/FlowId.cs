namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// Identifies a reflection flow, such as the full session reflection or the quick check-in.
/// Declared once per flow as a static field; never written as a literal elsewhere.
/// </summary>
public readonly record struct FlowId(string Value)
{
    public override string ToString() => Value;
}
