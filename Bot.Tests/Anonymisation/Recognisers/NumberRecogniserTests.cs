using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Recognisers;

/// <summary>National and financial numbers with check digits or format rules, and reference codes.</summary>
public class NumberRecogniserTests
{
    [Theory]
    [InlineData("Her NHS number is 426 018 1599.", "426 018 1599")]
    [InlineData("NHS 7301661312 on the letter.", "7301661312")]
    public void Anonymise_ValidNhsNumber_IsRedacted(string text, string number) =>
        Redaction.AssertRedacted(text, number, IdentifierType.NhsNumber);

    [Fact]
    public void Anonymise_TenDigitsFailingNhsCheck_IsNotCalledAnNhsNumber()
    {
        const string text = "The code 426 018 1598 was wrong.";

        var result = Redaction.Of(text);

        Assert.NotEqual(IdentifierType.NhsNumber, Redaction.TypeOf(result, text, "426 018 1598"));
    }

    [Theory]
    [InlineData("NI number JT 48 21 07 C on the form.", "JT 48 21 07 C")]
    [InlineData("Her NI is AB123456C.", "AB123456C")]
    [InlineData("national insurance: qh215593a", "qh215593a")]
    public void Anonymise_NiNumber_IsRedacted(string text, string number) =>
        Redaction.AssertRedacted(text, number, IdentifierType.NiNumber);

    [Fact]
    public void Anonymise_UnallocatedNiPrefixWithoutLabel_IsNotAnNiNumber()
    {
        const string text = "Form GB 12 34 56 A arrived.";

        var result = Redaction.Of(text);

        Assert.NotEqual(IdentifierType.NiNumber, Redaction.TypeOf(result, text, "GB 12 34 56 A"));
    }

    [Theory]
    [InlineData("His SSN 219-09-9999 came up.", "219-09-9999")]
    [InlineData("social security number 219099999 again", "219099999")]
    public void Anonymise_Ssn_IsRedacted(string text, string number) =>
        Redaction.AssertRedacted(text, number, IdentifierType.Ssn);

    [Fact]
    public void Anonymise_SsnWithAreaZero_IsNotAnSsn()
    {
        const string text = "Code 000-12-3456 is not real.";

        var result = Redaction.Of(text);

        Assert.NotEqual(IdentifierType.Ssn, Redaction.TypeOf(result, text, "000-12-3456"));
    }

    [Theory]
    [InlineData("She read out 4439 5755 1313 7350 to me.", "4439 5755 1313 7350")]
    [InlineData("Card 4379-9075-1163-7267 was cloned.", "4379-9075-1163-7267")]
    public void Anonymise_LuhnValidCard_IsRedacted(string text, string card) =>
        Redaction.AssertRedacted(text, card, IdentifierType.PaymentCard);

    [Theory]
    [InlineData("She lives in NR2 4TJ now.", "NR2 4TJ")]
    [InlineData("postcode sw1a 1aa i think", "sw1a 1aa")]
    public void Anonymise_Postcode_IsRedacted(string text, string postcode) =>
        Redaction.AssertRedacted(text, postcode, IdentifierType.Postcode);

    [Theory]
    [InlineData("His mom lives in Quincy, MA 02169 still.", "02169")]
    [InlineData("The zip code: 90210 was on it.", "90210")]
    public void Anonymise_ZipInContext_IsRedacted(string text, string zip) =>
        Redaction.AssertRedacted(text, zip, IdentifierType.ZipCode);

    [Theory]
    [InlineData("Referral letter MRN 48392017 attached.", "48392017")]
    [InlineData("His settled status ref EUS-4471902 came.", "EUS-4471902")]
    [InlineData("hospital number is RX1 4839201 apparently", "RX1 4839201")]
    [InlineData("Her case number is FD24P00512 at court.", "FD24P00512")]
    public void Anonymise_ReferenceNumber_IsRedacted(string text, string id) =>
        Redaction.AssertRedacted(text, id, IdentifierType.IdNumber);

    [Theory]
    [InlineData("Her PHQ-9 was 14 and GAD-7 was 12.", "PHQ-9")]
    [InlineData("We used CORE-10 at session 6.", "CORE-10")]
    public void Anonymise_ClinicalMeasures_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);
}
