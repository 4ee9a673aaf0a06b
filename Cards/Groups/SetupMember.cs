namespace SupervisionBot.Cards.Groups;

/// <summary>
/// A person in the conversation, offered as a possible supervisor: their display name is shown on
/// the card (they are all in the conversation anyway) and only their pseudonym comes back.
/// </summary>
public sealed record SetupMember(string Pseudonym, string DisplayName);
