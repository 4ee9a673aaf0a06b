using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>One activity the bot sent (or an update of one), as the connector received it.</summary>
/// <param name="ConversationId">Where it was posted.</param>
/// <param name="ActivityId">The id the connector gave it (the card to press, for <c>replyToId</c>).</param>
/// <param name="IsUpdate">A card replaced in place rather than a new message.</param>
/// <param name="Activity">The activity as sent.</param>
public sealed record BotPost(string ConversationId, string? ActivityId, bool IsUpdate, JsonObject Activity)
{
    public string? Text => (string?)Activity["text"];

    /// <summary>The Adaptive Cards it carries.</summary>
    public IReadOnlyList<JsonObject> Cards => [.. (Activity["attachments"]?.AsArray() ?? [])
        .Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")
        .Select(a => a!["content"]!.AsObject())];

    /// <summary>Everything a person could read in it: its text and every string on its cards.</summary>
    public string Readable => string.Join('\n', [Text ?? string.Empty, .. Cards.Select(card => BotTestHost.Text(card))]);

    /// <summary>What pressing the button titled <paramref name="title"/> on its first card sends: a copy of the button's data.</summary>
    public JsonObject ButtonData(string title) =>
        (JsonObject)CardPresses.Buttons(Cards[0]).Single(button => (string?)button["title"] == title)["data"]!.DeepClone();
}
