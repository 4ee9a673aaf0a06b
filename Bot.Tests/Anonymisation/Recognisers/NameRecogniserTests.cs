using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Recognisers;

/// <summary>People, places, organisations and addresses, and the eponyms and everyday words that must stay.</summary>
public class NameRecogniserTests
{
    [Theory]
    [InlineData("Her son Tom is 12.", "Tom")]
    [InlineData("her husband arjun calls every night", "arjun")]
    [InlineData("today chiamaka said no and i let it be", "chiamaka")]
    [InlineData("so i told efuaba that it was ok", "efuaba")]
    [InlineData("A girl called Keira bullies her.", "Keira")]
    [InlineData("Her GP, Dr Fiona Lennox, is kind.", "Fiona Lennox")]
    [InlineData("Dr. Okonkwo rang back.", "Okonkwo")]
    [InlineData("Chidinma arrived late again.", "Chidinma")]
    [InlineData("The interpreter was Mrs Hui.", "Hui")]
    [InlineData("She talked about Oluwaseun and the flat.", "Oluwaseun")]
    [InlineData("His aunt Mairéad took her in.", "Mairéad")]
    [InlineData("She mentioned Siobhan O'Neill from work.", "Siobhan O'Neill")]
    [InlineData("The garage is owned by Maria de Souza now.", "Maria de Souza")]
    [InlineData("His uncle, Yusuf al-Tamimi, sponsored him.", "Yusuf al-Tamimi")]
    [InlineData("\"Nkrumah, come back,\" she heard in the dream.", "Nkrumah")]
    public void Anonymise_PersonName_IsRedacted(string text, string name) =>
        Redaction.AssertRedacted(text, name, IdentifierType.Person);

    [Theory]
    [InlineData("Her daughter Grace is kind.", "Grace")]
    [InlineData("My colleague Will said no.", "Will")]
    public void Anonymise_EverydayWordNameWithCue_IsRedacted(string text, string name) =>
        Redaction.AssertRedacted(text, name, IdentifierType.Person);

    [Theory]
    [InlineData("She has Asperger's and her brother has Down's syndrome.", "Down")]
    [InlineData("She has Asperger's and her brother has Down's syndrome.", "Asperger")]
    [InlineData("Her gran has Alzheimer's and Parkinson's.", "Parkinson")]
    [InlineData("I thought of Winnicott and Bion, then Klein.", "Klein")]
    [InlineData("We mapped it with Beck's model.", "Beck")]
    [InlineData("Hawkins and Shohet's seven-eyed model helps.", "Shohet")]
    [InlineData("Safran and Muran on ruptures.", "Muran")]
    [InlineData("Kübler-Ross came to mind.", "Kübler-Ross")]
    [InlineData("Maslow's hierarchy was on my mind, and Gibbs' cycle.", "Gibbs")]
    [InlineData("Gillick competence applies.", "Gillick")]
    [InlineData("He is reading Mearns and Thorne.", "Thorne")]
    [InlineData("She mentioned Stockholm syndrome about her ex.", "Stockholm")]
    public void Anonymise_EponymsAndTheorists_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);

    [Theory]
    [InlineData("I hope she will find grace and joy in it.", "hope")]
    [InlineData("I hope she will find grace and joy in it.", "grace")]
    [InlineData("Mark my words, she said.", "Mark")]
    [InlineData("It was a frank discussion about the will.", "frank")]
    [InlineData("We may meet in June or April.", "June")]
    [InlineData("Her faith and the rose garden helped.", "rose")]
    public void Anonymise_EverydayWordsThatAreAlsoNames_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);

    [Fact]
    public void Anonymise_TitleCaseHeadings_AreKept()
    {
        const string text = "Session Reflection – Week Four\nWhat I Will Try Next: Slow Down, use Socratic Questioning.\nFor Supervision: Containment vs Rescuing; Window of Tolerance (Siegel).";

        var result = Redaction.Of(text);

        Assert.Empty(result.Spans);
    }

    [Fact]
    public void Anonymise_NameInTitleCaseLine_IsStillRedacted() =>
        Redaction.AssertRedacted("Attendees: Tom Hughes, Priya Shah", "Priya Shah", IdentifierType.Person);

    [Theory]
    [InlineData("She grew up in Rotherham.", "Rotherham", IdentifierType.Place)]
    [InlineData("they moved to milton keynes last year", "milton keynes", IdentifierType.Place)]
    [InlineData("He lives in Chorlton now.", "Chorlton", IdentifierType.Place)]
    [InlineData("She was found at King's Cross.", "King's Cross", IdentifierType.Place)]
    [InlineData("31 Oakfield Terrace, Reading RG1 8DD", "Reading", IdentifierType.Place)]
    [InlineData("Her son is at Oakwood Primary School.", "Oakwood Primary School", IdentifierType.Org)]
    [InlineData("She was born at St Mary's Hospital.", "St Mary's Hospital", IdentifierType.Org)]
    [InlineData("Her GP is at Riverside Surgery.", "Riverside Surgery", IdentifierType.Org)]
    [InlineData("He works at Tesco on nights.", "Tesco", IdentifierType.Org)]
    [InlineData("He works at tesco on nights.", "tesco", IdentifierType.Org)]
    [InlineData("She studies at the University of Leeds.", "University of Leeds", IdentifierType.Org)]
    [InlineData("She lives at 14 Elm Road now.", "14 Elm Road", IdentifierType.Address)]
    [InlineData("Holmes lived at 221B Baker Street.", "221B Baker Street", IdentifierType.Address)]
    [InlineData("Her flat is Flat 3, 27 Cedar Avenue.", "Flat 3, 27 Cedar Avenue", IdentifierType.Address)]
    public void Anonymise_PlaceOrganisationOrAddress_IsRedacted(string text, string part, IdentifierType type) =>
        Redaction.AssertRedacted(text, part, type);

    [Theory]
    [InlineData("She took a bath and felt better.", "bath")]
    [InlineData("She was reading in the evening.", "reading")]
    [InlineData("It was 5 minutes down the road.", "5 minutes down the road")]
    [InlineData("The local hospital was busy.", "hospital")]
    [InlineData("She went to the GP about it.", "GP")]
    [InlineData("Her family moved from Nigeria to England.", "Nigeria")]
    public void Anonymise_GenericPlacesAndCountries_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part);
}
