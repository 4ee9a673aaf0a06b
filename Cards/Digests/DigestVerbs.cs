namespace SupervisionBot.Cards.Digests;

/// <summary>The verbs of the digest buttons; each is checked against the presser's role again.</summary>
public static class DigestVerbs
{
    /// <summary>The digest so far for the group in the argument (a group pseudonym).</summary>
    public const string ForGroup = "digest.forGroup";

    /// <summary>A stored digest: the argument is the group pseudonym and the meeting, as <c>{group}.{unix minutes}</c>.</summary>
    public const string Open = "digests.open";

    public static IReadOnlyList<string> All { get; } = [ForGroup, Open];
}
