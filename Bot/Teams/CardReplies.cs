using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Serialization;

namespace SupervisionBot.Bot.Teams;

/// <summary>Turns typed cards into Bot Framework attachments and invoke responses.</summary>
internal static class CardReplies
{
    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = CardSerializer.ContentType,
        Content = JObject.Parse(CardSerializer.Serialize(card)),
    };

    public static IMessageActivity ToMessage(AdaptiveCard card)
    {
        var message = MessageFactory.Attachment(ToAttachment(card));
        message.Summary = card.FallbackText;
        return message;
    }

    /// <summary>
    /// An invoke response that replaces the pressed card in place. The card's JSON goes out as it
    /// was serialized (<see cref="JRaw"/>), not parsed into a Newtonsoft tree only to be written
    /// out again: that round trip was a tenth of a card action's CPU.
    /// </summary>
    public static AdaptiveCardInvokeResponse Replace(AdaptiveCard card) => new()
    {
        StatusCode = 200,
        Type = CardSerializer.ContentType,
        Value = new JRaw(CardSerializer.Serialize(card)),
    };

    /// <summary>An invoke response that leaves the pressed card as it is and shows a short note.</summary>
    public static AdaptiveCardInvokeResponse Note(string text) => new()
    {
        StatusCode = 200,
        Type = "application/vnd.microsoft.activity.message",
        Value = text,
    };
}
