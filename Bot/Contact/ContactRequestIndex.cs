using System.Collections.Immutable;

namespace SupervisionBot.Bot.Contact;

/// <summary>
/// The requests for contact one therapist made, by id, under their pseudonym: how "my data" lists
/// them and "forget me" finds them (requests are stored by id, and the store cannot be searched).
/// </summary>
internal sealed record ContactRequestIndex(ImmutableArray<Guid> Requests)
{
    public static ContactRequestIndex Empty { get; } = new([]);
}
