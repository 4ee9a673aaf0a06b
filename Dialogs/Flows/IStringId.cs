namespace SupervisionBot.Dialogs.Flows;

/// <summary>An id that is a string on the wire (card data, stored JSON) and a distinct type in code.</summary>
internal interface IStringId<TSelf>
    where TSelf : struct, IStringId<TSelf>
{
    string Value { get; }

    static abstract TSelf FromString(string value);
}
