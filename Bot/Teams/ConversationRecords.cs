using Microsoft.Bot.Builder;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Teams;

/// <summary>What the bot remembers about each conversation itself (not about anyone in it).</summary>
internal sealed class ConversationRecords(ISessionStore store)
{
    /// <summary>
    /// True the first time it is asked in a conversation: the bot should introduce itself. The
    /// record is created only if there is none, so of two instances (or two redelivered events)
    /// exactly one is told to introduce.
    /// </summary>
    public async Task<bool> MarkIntroducedAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await store.PutAsync(Key(turn), new ConversationRecord(Introduced: true), ifMatch: null, cancellationToken)).IsSaved;

    public Task ForgetAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(turn), cancellationToken);

    // The key Bot Framework's ConversationState used, so records it wrote are found (and migrated) in place.
    private static StoreKey<ConversationRecord> Key(ITurnContext turn) =>
        new($"{turn.Activity.ChannelId}/conversations/{turn.Activity.Conversation.Id}", SessionJsonContext.Default.ConversationRecord);
}
