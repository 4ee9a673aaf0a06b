using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Recognisers;

public class DeclaredNameRecogniserTests
{
    [Theory]
    [InlineData("I saw samantha today.", "samantha")]
    [InlineData("SAMANTHA was late.", "SAMANTHA")]
    [InlineData("Sammy, as her mum calls her, was late.", "Sammy")]
    [InlineData("I think Samanta was angry.", "Samanta")]
    [InlineData("Okafor is her surname.", "Okafor")]
    [InlineData("Samantha’s voice softened.", "Samantha")]
    public void Anonymise_FormOfDeclaredClient_IsRedactedAsClient(string text, string part) =>
        Redaction.AssertRedacted(text, part, IdentifierType.Client, "Samantha Okafor");

    [Theory]
    [InlineData("Liam said little.", "Liam")]
    [InlineData("Bill said little.", "Bill")]
    [InlineData("William said little.", "William")]
    public void Anonymise_NicknameOfDeclaredName_IsRedacted(string text, string part) =>
        Redaction.AssertRedacted(text, part, IdentifierType.Client, "William Carter");

    [Fact]
    public void Anonymise_Alias_IsRedacted() =>
        Redaction.AssertRedacted("Ania came with her son.", "Ania", IdentifierType.Client, "Anna Kowalski", "Ania");

    [Fact]
    public void Anonymise_EverydayWordMatchingClientNameInLowerCase_IsKept() =>
        Redaction.AssertKept("Hope said she has lost hope.", "hope.", "Hope Adeyemi");

    [Fact]
    public void Anonymise_EverydayWordClientNameCapitalised_IsRedacted() =>
        Redaction.AssertRedacted("I will see Will on Monday.", "Will", IdentifierType.Client, "Will Carter");

    [Fact]
    public void Anonymise_ShortNameOneLetterOff_IsNotTreatedAsTypo() =>
        Redaction.AssertKept("It felt like a ton of work.", "ton", "Tom Reid");

    [Fact]
    public void Anonymise_QuestionOpeningWithClientsEverydayName_IsKept() =>
        Redaction.AssertKept("Will he stay? I wonder.", "Will", "William Hart", "Bill");
}
