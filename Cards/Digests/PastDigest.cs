namespace SupervisionBot.Cards.Digests;

/// <summary>One stored digest in the <c>digests</c> list: its group, its meeting, and the button argument that opens it.</summary>
public sealed record PastDigest(string GroupName, DateTimeOffset Meeting, bool MeetsMinimum, string OpenArgument);
