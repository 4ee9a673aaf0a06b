using Microsoft.Bot.Builder;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Teams;

/// <summary>What the bot remembers about each conversation itself (not about anyone in it).</summary>
internal sealed class ConversationRecords(ConversationState state)
{
    private readonly IStatePropertyAccessor<ConversationRecord> _record = state.CreateProperty<ConversationRecord>(nameof(ConversationRecord));

    /// <summary>True the first time it is asked in a conversation: the bot should introduce itself.</summary>
    public async Task<bool> MarkIntroducedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var record = await _record.GetAsync(turn, () => new ConversationRecord(), cancellationToken);
        if (record.Introduced)
        {
            return false;
        }

        record.Introduced = true;
        await state.SaveChangesAsync(turn, force: false, cancellationToken);
        return true;
    }

    public async Task ForgetAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await _record.DeleteAsync(turn, cancellationToken);
        await state.SaveChangesAsync(turn, force: false, cancellationToken);
    }
}
