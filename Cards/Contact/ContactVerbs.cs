using System.Collections.Frozen;

namespace SupervisionBot.Cards.Contact;

/// <summary>The verbs of the buttons on contact-request cards.</summary>
public static class ContactVerbs
{
    /// <summary>A supervisor answers a contact request: "I'll be in touch". The argument is the request's id.</summary>
    public const string Acknowledge = "contact.acknowledge";

    public static IReadOnlySet<string> All { get; } = FrozenSet.ToFrozenSet([Acknowledge], StringComparer.Ordinal);
}
