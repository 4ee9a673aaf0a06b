using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Cards.Serialization;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Cards.Reflection;

public class ReflectionNoticesTests
{
    public static TheoryData<string, bool, bool> Outcomes
    {
        get
        {
            var data = new TheoryData<string, bool, bool>();
            foreach (var sharing in Enum.GetNames<SharingPreference>())
            {
                foreach (var contact in new[] { false, true })
                {
                    data.Add(sharing, contact, false);
                    data.Add(sharing, contact, true);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Confirmed_EveryOutcome_ValidatesAgainstTheSchema(string sharing, bool contact, bool delivered)
    {
        var card = ReflectionNotices.Confirmed(new ReflectionOutcome(Enum.Parse<SharingPreference>(sharing), contact), Delivery(delivered));

        Assert.Empty(SchemaValidator.AdaptiveCardErrors(JsonNode.Parse(CardSerializer.Serialize(card))!));
    }

    [Theory]
    [InlineData(SharingPreference.KeepPrivate, "private, in your own records")]
    [InlineData(SharingPreference.ShareWithSupervisor, "You marked it to share with your supervisor. It has not been sent")]
    [InlineData(SharingPreference.ShareWithGroup, "You marked it to share with your supervision group. It has not been sent")]
    public void Confirmed_NothingDelivered_SaysWhatWasChosenAndThatNothingWasSent(SharingPreference sharing, string expected)
    {
        var card = ReflectionNotices.Confirmed(new ReflectionOutcome(sharing, RequestsSupervisorContact: false), DeliveryReport.NothingSent);

        Assert.Contains(CardContents.Texts(card), block => block.Text.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(expected, card.FallbackText, StringComparison.Ordinal);
        Assert.DoesNotContain(AllText(card), text => text.Contains("has been shared", StringComparison.Ordinal) || text.Contains("has been sent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SharingPreference.ShareWithSupervisor, "It has been shared with your supervisor.")]
    [InlineData(SharingPreference.ShareWithGroup, "It has been shared with your supervision group.")]
    public void Confirmed_Delivered_SaysItWasShared(SharingPreference sharing, string expected)
    {
        var card = ReflectionNotices.Confirmed(new ReflectionOutcome(sharing, RequestsSupervisorContact: true), Delivery(delivered: true));

        Assert.Contains(CardContents.Texts(card), block => block.Text == expected);
        Assert.Contains(CardContents.Texts(card), block => block.Text == ReflectionNotices.ContactSent);
        Assert.DoesNotContain(CardContents.Texts(card), block => block.Text.Contains("not been sent", StringComparison.Ordinal) || block.Text.Contains("couldn't send", StringComparison.Ordinal));
    }

    [Fact]
    public void Confirmed_PrivateWithDeliveryReported_StillSaysPrivate()
    {
        // Delivery of something the therapist kept private would be a bug elsewhere; the card never claims a share it was not asked for.
        var card = ReflectionNotices.Confirmed(new ReflectionOutcome(SharingPreference.KeepPrivate, RequestsSupervisorContact: false), Delivery(delivered: true));

        Assert.Contains(CardContents.Texts(card), block => block.Text == "It is private, in your own records.");
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Confirmed_MentionsTheContactRequestAndTheSafeguardingReminderOnlyWhenItWasMade(string sharing, bool contact, bool delivered)
    {
        var card = ReflectionNotices.Confirmed(new ReflectionOutcome(Enum.Parse<SharingPreference>(sharing), contact), Delivery(delivered));

        Assert.Equal(contact, CardContents.Texts(card).Any(block => block.Text.Contains("request", StringComparison.Ordinal)));
        Assert.Equal(contact, CardContents.Texts(card).Any(block => block.Text == CommonInputs.SafeguardingReminder));
    }

    [Theory]
    [InlineData(ContactNotSent.NoGroup, ReflectionNotices.ContactNoGroup)]
    [InlineData(ContactNotSent.Waiting, ReflectionNotices.ContactWaiting)]
    [InlineData(ContactNotSent.Unreachable, ReflectionNotices.ContactUnreachable)]
    public void Confirmed_ContactRequestNotDelivered_SaysWhyPlainly_AndToContactTheSupervisorDirectly(ContactNotSent problem, string expected)
    {
        var report = DeliveryReport.NothingSent with { ContactProblem = problem };
        var card = ReflectionNotices.Confirmed(new ReflectionOutcome(SharingPreference.KeepPrivate, RequestsSupervisorContact: true), report);
        var pending = ReflectionNotices.ConfirmedButPending(requestsContact: true, report);

        Assert.Contains(CardContents.Texts(card), block => block.Text == expected);
        Assert.Contains(CardContents.Texts(pending), block => block.Text == expected);
        Assert.Contains(CardContents.Texts(pending), block => block.Text == CommonInputs.SafeguardingReminder);
        Assert.Contains("contact your supervisor directly", expected, StringComparison.Ordinal);
        Assert.DoesNotContain(AllText(card), text => text.Contains("I've sent", StringComparison.Ordinal));
    }

    private static DeliveryReport Delivery(bool delivered) => new(delivered, delivered, delivered);

    private static IEnumerable<string> AllText(AdaptiveCard card) => CardContents.Texts(card).Select(block => block.Text).Append(card.FallbackText ?? string.Empty);

    [Fact]
    public void OutOfDate_SaysNothingChangedAndOffersResume()
    {
        var card = ReflectionNotices.OutOfDate();

        Assert.Contains(CardContents.Texts(card), block => block.Text.Contains("Nothing has changed", StringComparison.Ordinal));
        var resume = CardContents.Button(card, ReflectionVerbs.Resume);
        Assert.Equal(new CardActionData(ReflectionVerbs.Resume), resume.Data);
    }

    [Fact]
    public void SavedForLater_ExplainsTheResumeCommand()
    {
        var card = ReflectionNotices.SavedForLater();

        Assert.Contains(CardContents.Texts(card), block => block.Text.Contains("type resume", StringComparison.Ordinal));
        Assert.Contains(CardContents.Buttons(card), button => button.Verb == ReflectionVerbs.Resume);
    }

    [Fact]
    public void OpenReflectionExists_OffersResumeOrDiscardAndStartTheAskedForFlow()
    {
        var card = ReflectionNotices.OpenReflectionExists("Reflect on a session", 3, 6, QuickCheckInFlow.Id);

        Assert.Contains(CardContents.Texts(card), block => block.Text.Contains("step 3 of 6", StringComparison.Ordinal));
        Assert.Equal(new CardActionData(ReflectionVerbs.Resume), CardContents.Button(card, ReflectionVerbs.Resume).Data);
        var discard = CardContents.Button(card, ReflectionVerbs.DiscardAndStart);
        Assert.Equal(QuickCheckInFlow.Id.Value, discard.Data.Argument);
        Assert.Equal(ActionStyle.Destructive, discard.Style);
    }

    [Fact]
    public void OpenReflectionExists_InReview_SaysItIsReadyToConfirm()
    {
        var card = ReflectionNotices.OpenReflectionExists("Quick check-in", 4, 3, QuickCheckInFlow.Id);

        Assert.Contains(CardContents.Texts(card), block => block.Text.Contains("ready for you to check and confirm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 0)]
    public void OpenReflectionExists_ImpossibleProgress_Throws(int step, int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReflectionNotices.OpenReflectionExists("Quick check-in", step, count, QuickCheckInFlow.Id));
    }

    [Theory]
    [InlineData(14, "14 days")]
    [InlineData(1, "a day")]
    public void Expired_SaysHowLongItWasOpenAndThatNothingWasKept(int days, string expected)
    {
        var card = ReflectionNotices.Expired(days);

        var text = string.Join(" ", CardContents.Texts(card).Select(block => block.Text));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("Nothing from it was kept", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscardedAndNothingToResume_OfferToStartAReflection()
    {
        Assert.Contains(CardContents.Buttons(ReflectionNotices.Discarded()), button => button.Verb == ReflectionVerbs.Start);
        Assert.Contains(CardContents.Buttons(ReflectionNotices.NothingToResume()), button => button.Verb == ReflectionVerbs.Start);
    }
}
