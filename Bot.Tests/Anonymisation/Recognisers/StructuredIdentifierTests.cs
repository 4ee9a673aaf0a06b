using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Recognisers;

/// <summary>Phones, emails, web addresses, handles and IP addresses: positives and look-alikes that must stay.</summary>
public class StructuredIdentifierTests
{
    [Theory]
    [InlineData("He gave his number, 07700 900418, at the end.", "07700 900418")]
    [InlineData("Her landline is 0113 496 0274.", "0113 496 0274")]
    [InlineData("Call her on +44 7700 900361 tomorrow.", "+44 7700 900361")]
    [InlineData("His ex is on (212) 555-0147 now.", "(212) 555-0147")]
    [InlineData("Dad's number in Portugal is +351 912 345 678.", "+351 912 345 678")]
    [InlineData("mobile 07700900127 if urgent", "07700900127")]
    [InlineData("She rang from +44 (0)7700 900418 twice.", "+44 (0)7700 900418")]
    public void Anonymise_PhoneNumber_IsRedacted(string text, string phone) =>
        Redaction.AssertRedacted(text, phone, IdentifierType.Phone);

    [Theory]
    [InlineData("She rated her distress 7 then 4 out of 10.", "7 then 4")]
    [InlineData("We met from 2019 to 2021 in all.", "2019")]
    [InlineData("It cost £250 for 12 sessions.", "250")]
    public void Anonymise_NumbersThatAreNotPhones_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);

    [Theory]
    [InlineData("Write to f.benali88@example.com please.", "f.benali88@example.com", IdentifierType.Email)]
    [InlineData("Her blog is at https://example.org/my-story.", "https://example.org/my-story", IdentifierType.Url)]
    [InlineData("See www.rossi-homes-advice.co.uk for it.", "www.rossi-homes-advice.co.uk", IdentifierType.Url)]
    [InlineData("She posts as @livrecovers on TikTok.", "@livrecovers", IdentifierType.Handle)]
    [InlineData("his xbox gamertag is ShadowHunter_77 apparently", "ShadowHunter_77", IdentifierType.Handle)]
    [InlineData("He kept repeating 192.168.14.203 at me.", "192.168.14.203", IdentifierType.IpAddress)]
    [InlineData("The forum logged 2001:db8:85a3::8a2e:370:7334 as his.", "2001:db8:85a3::8a2e:370:7334", IdentifierType.IpAddress)]
    public void Anonymise_ContactIdentifier_IsRedacted(string text, string part, IdentifierType type) =>
        Redaction.AssertRedacted(text, part, type);

    [Fact]
    public void Anonymise_UrlAtSentenceEnd_LeavesTheFullStop()
    {
        const string text = "Her site is www.example.com.";

        var result = Redaction.Of(text);

        Assert.Equal("Her site is [URL].", result.Text);
    }

    [Theory]
    [InlineData("We met at 10:30 and finished at 11:20.", "10:30")]
    [InlineData("Version 1.2.3 of the form.", "1.2.3")]
    [InlineData("Instagram is where she feels judged.", "where")]
    public void Anonymise_LookAlikes_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);
}
