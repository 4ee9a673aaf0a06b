using Microsoft.Extensions.Time.Testing;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation;

public class AnonymiserTests
{
    [Fact]
    public void Anonymise_PossessiveOfDeclaredName_IsRedacted()
    {
        var result = Redaction.Of("Sam's mum rang.", "Samantha Okafor", "Sam");

        Assert.Equal("[CLIENT]'s mum rang.", result.Text);
    }

    [Fact]
    public void Anonymise_SamePersonTwice_GetsTheSameTag()
    {
        var result = Redaction.Of("Her son Tom Hughes came. Later Tom cried, and her friend Priya held him.");

        Assert.Equal("Her son [PERSON-1] came. Later [PERSON-1] cried, and her friend [PERSON-2] held him.", result.Text);
    }

    [Fact]
    public void Anonymise_SeveralFields_ShareNamesAndNumbering()
    {
        var anonymiser = new Anonymiser();
        string[] fields = ["Her brother Marek visited.", "Marek and Zofia argued."];

        var results = anonymiser.Anonymise(fields, DeclaredNames.None);

        Assert.Equal("Her brother [PERSON-1] visited.", results[0].Text);
        Assert.Equal("[PERSON-1] and [PERSON-2] argued.", results[1].Text);
    }

    [Fact]
    public void Anonymise_NameFoundInOneFieldInLowerCaseElsewhere_IsRemovedEverywhere()
    {
        var anonymiser = new Anonymiser();
        string[] fields = ["Her partner Oyelaran called.", "i think oyelaran was angry"];

        var results = anonymiser.Anonymise(fields, DeclaredNames.None);

        Assert.DoesNotContain("oyelaran", results[1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Anonymise_TextAfterEmoji_HasUtf16Offsets()
    {
        const string text = "🙂🧠 Sam rang from 07700 900418.";

        var result = Redaction.Of(text, "Sam Jones");

        var client = Assert.Single(result.Spans, s => s.Type == IdentifierType.Client);
        Assert.Equal("Sam", text[client.Start..client.End]);
        Assert.Equal(5, client.Start);
        var phone = Assert.Single(result.Spans, s => s.Type == IdentifierType.Phone);
        Assert.Equal("07700 900418", text[phone.Start..phone.End]);
        Assert.Equal("🙂🧠 [CLIENT] rang from [PHONE].", result.Text);
    }

    [Fact]
    public void Anonymise_Spans_AreOrderedAndDisjoint()
    {
        const string text = "Email sam.okafor@example.com or call Sam on 0113 496 0274 about St Mary's Hospital on 12 March.";

        var result = Redaction.Of(text, "Sam Okafor");

        for (var i = 1; i < result.Spans.Count; i++)
        {
            Assert.True(result.Spans[i - 1].End <= result.Spans[i].Start);
        }

        Assert.Equal(IdentifierType.Email, Redaction.TypeOf(result, text, "sam.okafor@example.com"));
    }

    [Fact]
    public void Anonymise_FlatAndStreetTogether_BecomeOneAddressTag()
    {
        var result = Redaction.Of("She lives at Flat 3, 27 Cedar Avenue now.");

        Assert.Equal("She lives at [ADDRESS] now.", result.Text);
    }

    [Fact]
    public void Anonymise_OrganisationsSharingSaint_GetDifferentNumbers()
    {
        var result = Redaction.Of("Born at St Mary's Hospital, she went to St Bede's School.");

        Assert.Equal("Born at [ORG-1], she went to [ORG-2].", result.Text);
    }

    [Fact]
    public void Anonymise_TimeBudgetExceeded_ThrowsAnonymisationFailed()
    {
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var anonymiser = new Anonymiser(new AnonymiserOptions { TimeBudget = TimeSpan.FromSeconds(2), TimeProvider = clock });

        var ex = Assert.Throws<AnonymisationFailedException>(() => anonymiser.Anonymise("Sam went to Leeds.", DeclaredNames.None));

        Assert.DoesNotContain("Sam", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymise_WithinBudget_Succeeds()
    {
        var clock = new FakeTimeProvider();
        var anonymiser = new Anonymiser(new AnonymiserOptions { TimeProvider = clock });

        var result = anonymiser.Anonymise("Sam went to Leeds.", new DeclaredNames("Sam", []));

        Assert.Equal("[CLIENT] went to [PLACE-1].", result.Text);
    }

    [Fact]
    public void Anonymise_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new Anonymiser().Anonymise("text", DeclaredNames.None, cts.Token));
    }

    [Fact]
    public void Constructor_NonPositiveBudget_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Anonymiser(new AnonymiserOptions { TimeBudget = TimeSpan.Zero }));

    [Fact]
    public void Anonymise_NothingIdentifying_ReturnsTextUnchanged()
    {
        const string text = "We explored the rupture and how containment felt in the here and now.";

        var result = Redaction.Of(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Spans);
    }
}
