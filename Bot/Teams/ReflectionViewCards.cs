using SupervisionBot.Bot.Reflections;
using SupervisionBot.Cards.Layout;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Teams;

/// <summary>Chooses the card for what the therapist should see next.</summary>
internal static class ReflectionViewCards
{
    internal const string OutOfDateBanner = "That card was out of date, so nothing changed. Here is where your reflection is now.";

    internal const string PersonalChatOnlyMessage =
        "Reflections are private, so they happen in your 1:1 chat with me. Open a chat with me to start one.";

    public static AdaptiveCard Render(ReflectionView view) => view switch
    {
        ReflectionView.Step step => WithBanner(StepCard.Create(step.View, step.Errors), step.WasOutOfDate),
        ReflectionView.Review review => WithBanner(ReviewCard.Create(review.Model), review.WasOutOfDate),
        ReflectionView.Confirmed confirmed => ReflectionNotices.Confirmed(confirmed.Outcome, confirmed.Delivery),
        ReflectionView.ConfirmedButPending pending => ReflectionNotices.ConfirmedButPending(pending.Contact is not null, pending.Delivery ?? Dialogs.Engine.DeliveryReport.NothingSent),
        ReflectionView.PendingNowSaved => ReflectionNotices.PendingNowSaved(),
        ReflectionView.StillSaving => ReflectionNotices.StillSaving(),
        ReflectionView.Discarded => ReflectionNotices.Discarded(),
        ReflectionView.SavedForLater => ReflectionNotices.SavedForLater(),
        ReflectionView.OutOfDate => ReflectionNotices.OutOfDate(),
        ReflectionView.OpenExists open => ReflectionNotices.OpenReflectionExists(open.Open.Title, open.StepNumber, open.StepCount, open.Requested),
        ReflectionView.NothingToResume => ReflectionNotices.NothingToResume(),
        ReflectionView.Expired expired => ReflectionNotices.Expired(expired.Days),
        ReflectionView.ExampleList list => ExamplesCard.List(list.Examples),
        ReflectionView.Example example => ExamplesCard.Show(example.Worked, example.Answers),
        ReflectionView.PersonalChatOnly => PersonalChatOnly(),
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Every reflection view needs a card."),
    };

    private static AdaptiveCard WithBanner(AdaptiveCard card, bool wasOutOfDate) => wasOutOfDate
        ? card with { Body = [new TextBlock(OutOfDateBanner) { Color = TextColor.Warning, Size = TextSize.Small }, .. card.Body] }
        : card;

    private static AdaptiveCard PersonalChatOnly() => new()
    {
        FallbackText = PersonalChatOnlyMessage,
        Body = [new TextBlock("Reflections are private") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading }, new TextBlock(PersonalChatOnlyMessage)],
    };
}
