using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Recognisers;

public class DateAndAgeRecogniserTests
{
    [Theory]
    [InlineData("Seen on 12/03/2024 first.", "12/03/2024")]
    [InlineData("Seen on 2024-03-12 first.", "2024-03-12")]
    [InlineData("Seen on 12 March 2024 first.", "12 March 2024")]
    [InlineData("Seen on March 12th first.", "March 12th")]
    [InlineData("Her dad died on the 3rd of May.", "the 3rd of May")]
    [InlineData("She ends on Tuesday 4 June.", "Tuesday 4 June")]
    [InlineData("Twins are due in October 2025.", "October 2025")]
    [InlineData("dob 03/11/1994 on the form", "03/11/1994")]
    [InlineData("appointment friday 14 march", "friday 14 march")]
    [InlineData("Her father died on the 14th, suddenly.", "14th")]
    [InlineData("Admitted 12-Mar-2024 to the ward.", "12-Mar-2024")]
    [InlineData("She was born on Christmas Day 1927.", "Christmas Day 1927")]
    public void Anonymise_SpecificDate_IsRedacted(string text, string date) =>
        Redaction.AssertRedacted(text, date, IdentifierType.Date);

    [Theory]
    [InlineData("We met last Tuesday for an hour.", "last Tuesday")]
    [InlineData("It started two weeks ago.", "two weeks ago")]
    [InlineData("She arrived in 2019 alone.", "2019")]
    [InlineData("We may sell the house in June.", "June")]
    [InlineData("She may 2 or 3 times a week feel it.", "may 2")]
    [InlineData("It was the 3rd session in a row.", "3rd")]
    [InlineData("Christmas Day was hard.", "Christmas Day")]
    public void Anonymise_RelativeDatesAndBareYears_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);

    [Theory]
    [InlineData("Her father is now 94 and frail.", "94")]
    [InlineData("She is aged 92.", "92")]
    [InlineData("He is ninety-three years old.", "ninety-three")]
    [InlineData("Gran turns ninety-one next week.", "ninety-one")]
    [InlineData("Dot is 97yo and sharp.", "97")]
    public void Anonymise_AgeOfNinetyOrOver_IsRedacted(string text, string age) =>
        Redaction.AssertRedacted(text, age, IdentifierType.Age);

    [Theory]
    [InlineData("She is 19 and at university.", "19")]
    [InlineData("He is 45 years old.", "45")]
    [InlineData("The session was 90 minutes long.", "90")]
    public void Anonymise_YoungerAgesAndOtherNumbers_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);
}
