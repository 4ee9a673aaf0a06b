namespace SupervisionBot.Anonymisation;

/// <summary>
/// One form of a name that a reflection's anonymisation has learned: HMAC-SHA256 of the lower-cased form
/// (words joined by single spaces, possessive "'s" removed) under the reflection's key, as 32 lower-case hex
/// characters; what it is; and its tag number (0 for types without numbers, such as
/// <see cref="IdentifierType.Client"/>). A typo variant matches only where a typo of a declared name would.
/// </summary>
public sealed record RememberedForm(string Hash, IdentifierType Type, int Number, bool IsTypoVariant);
