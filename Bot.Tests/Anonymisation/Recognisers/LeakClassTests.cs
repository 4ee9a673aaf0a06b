using System.Globalization;
using System.Text;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Recognisers;

/// <summary>
/// The leak classes measured on documents the project had never seen (issue 9, item 8). Each test generates
/// instances of its class from names, places and numbers combined with sentence shapes, so a fix for one
/// string does not pass; the numbers come from a seeded generator, so every run checks the same cases.
/// </summary>
public class LeakClassTests
{
    private static readonly string[] InitialClients = ["Folasade Okonkwo", "Jeremy Whitfield", "Niamh Gallagher", "Tobias Lindqvist"];

    private static readonly string[] MiddleInitials = ["M", "R", "J"];

    public static TheoryData<string, string, string> InitialsNextToClient()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var client in InitialClients)
        {
            var (first, surname) = Split(client);
            var initial = first[..1];
            foreach (var middle in MiddleInitials)
            {
                data.Add($"{first} {middle}. {surname} signed the consent form.", client, $"{first} {middle}. {surname}");
            }

            data.Add($"I saw {initial}. {surname} today and it was quiet.", client, $"{initial}. {surname}");
            data.Add($"The letter was for Mr {initial} {surname}, which stung.", client, $"Mr {initial} {surname}");
            data.Add($"The rota lists {surname}, {initial}. at the top.", client, $"{surname}, {initial}");
            data.Add($"Her card said {initial}.{MiddleInitials[0]}. {surname} on it.", client, $"{initial}.{MiddleInitials[0]}. {surname}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InitialsNextToClient))]
    public void Anonymise_InitialNextToClientName_IsRemovedWithTheName(string text, string client, string name) =>
        Redaction.AssertRedacted(text, name, IdentifierType.Client, client);

    private static readonly string[] SentenceOpeningFirstNames = ["Zbigniew", "Mark", "Will", "Rose", "Bartholomew", "Xanthe", "Radoslaw"];

    private static readonly string[] UnlistedSurnames = ["Kowalczyk", "Haversham", "Thistlewood"];

    public static TheoryData<string, string> FirstNameBeforeFoundSurname()
    {
        var data = new TheoryData<string, string>();
        string[] shapes = ["{0} rang her twice last week.", "It went quiet. {0} came to the door after that.", "{0} is her new manager, and she dreads Mondays."];
        var shape = 0;
        foreach (var first in SentenceOpeningFirstNames)
        {
            foreach (var surname in UnlistedSurnames)
            {
                var name = $"{first} {surname}";

                // The surname is found from another mention; the first name opens a sentence, where a capital says nothing.
                data.Add($"Her ex is Mr {surname}. " + string.Format(CultureInfo.InvariantCulture, shapes[shape++ % shapes.Length], name), name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FirstNameBeforeFoundSurname))]
    public void Anonymise_FirstNameBeforeFoundSurname_IsNotLeftBehind(string text, string name)
    {
        var result = Redaction.Of(text, "Ana Lopes");
        var start = text.LastIndexOf(name, StringComparison.Ordinal);

        var span = Assert.Single(result.Spans, s => s.Start <= start && start + name.Length <= s.End);
        Assert.Equal(IdentifierType.Person, span.Type);
    }

    [Theory]
    [InlineData("Mark Okafor, her brother, would pay.", "Mark")]
    [InlineData("It was late. Zbigniew Okafor said he would pay.", "Zbigniew")]
    public void Anonymise_RelativeFirstNameBeforeClientSurname_IsNotLeftBehind(string text, string first)
    {
        var result = Redaction.Of(text, "Sam Okafor");

        // Read as part of the client's name ("[CLIENT]"), as it was before: nothing of it is left.
        Assert.NotNull(Redaction.TypeOf(result, text, first));
        Assert.DoesNotContain(first, result.Text, StringComparison.Ordinal);
    }

    private static readonly string[] ListedFirstNames = ["Priya", "Sandra", "Kwame", "Siobhan", "Declan", "Marek"];

    private static readonly string[] LowerCaseSurnames = ["shah", "hughes", "mensah", "kowalczyk", "brennan", "thistlewood"];

    public static TheoryData<string, string> LowerCaseSurnameAfterFirstName()
    {
        var data = new TheoryData<string, string>();
        string[] shapes = ["Her sister {0} came over on Sunday.", "She said {0} was her teacher at school.", "At work {0} blamed her for the rota."];
        for (var i = 0; i < ListedFirstNames.Length; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                var name = $"{ListedFirstNames[i]} {LowerCaseSurnames[(i + (j * 3)) % LowerCaseSurnames.Length]}";
                data.Add(string.Format(CultureInfo.InvariantCulture, shapes[(i + j) % shapes.Length], name), name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LowerCaseSurnameAfterFirstName))]
    public void Anonymise_LowerCaseSurnameAfterFirstName_IsRemovedWithIt(string text, string name) =>
        Redaction.AssertRedacted(text, name, IdentifierType.Person, "Ana Lopes");

    [Theory]
    [InlineData("Sam okafor was late again.", "Sam okafor")]
    [InlineData("I think Sam thistlewood, as she signs off, is her.", "Sam thistlewood")]
    public void Anonymise_LowerCaseSurnameAfterClientFirstName_IsTheClient(string text, string name) =>
        Redaction.AssertRedacted(text, name, IdentifierType.Client, "Sam");

    public static TheoryData<string, string> Eircodes()
    {
        // Routing keys in use, and the unique identifier's alphabet (no B, G, I, J, L, M, O, Q, S, U, Z).
        string[] routingKeys = ["D02", "A65", "F26", "V92", "T12", "H91", "D6W", "X91", "R95", "K78"];
        const string Alphabet = "0123456789ACDEFHKNPRTVWXY";
        var random = new Random(9008);
        string[] shapes = ["Her Eircode is {0}, she said.", "She lives at 3 Main Street, Ballina, Co. Mayo {0} now.", "address: 7 the green, tralee {0}"];
        var data = new TheoryData<string, string>();
        for (var i = 0; i < routingKeys.Length; i++)
        {
            var identifier = new StringBuilder();
            for (var k = 0; k < 4; k++)
            {
                identifier.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var shape = shapes[i % shapes.Length];
            var code = shape.StartsWith("address", StringComparison.Ordinal)
                ? $"{routingKeys[i]} {identifier}".ToLowerInvariant()
                : i % 2 == 0 ? $"{routingKeys[i]} {identifier}" : $"{routingKeys[i]}{identifier}";
            data.Add(string.Format(CultureInfo.InvariantCulture, shape, code), code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Eircodes))]
    public void Anonymise_Eircode_IsAPostcode(string text, string code) =>
        Redaction.AssertRedacted(text, code, IdentifierType.Postcode);

    public static TheoryData<string, string, string, string, IdentifierType> UsAndAustralianAddresses()
    {
        (string Street, string Town, string State, string Code, IdentifierType CodeType)[] addresses =
        [
            ("1200 Elm St", "Austin", "TX", "78701", IdentifierType.ZipCode),
            ("55 Birchwood Avenue", "Maplewood", "New Jersey", "07040", IdentifierType.ZipCode),
            ("902 Pine Avenue", "Lakewood", "CO", "80226-1234", IdentifierType.ZipCode),
            ("48 Maple Street", "Quincy", "MA", "02169", IdentifierType.ZipCode),
            ("12 Smith Street", "Fitzroy", "VIC", "3065", IdentifierType.Postcode),
            ("7 Wattle Road", "Toowoomba", "QLD", "4350", IdentifierType.Postcode),
            ("40 George Street", "Parramatta", "NSW", "2150", IdentifierType.Postcode),
            ("3 Banksia Drive", "Box Hill", "VIC", "3128", IdentifierType.Postcode),
            ("19 Stirling Highway Road", "Nedlands", "WA", "6009", IdentifierType.Postcode),
        ];
        string[] shapes = ["His mom lives at {0}, {1}, {2} {3}.", "She grew up at {0}, {1} {2} {3} and misses it.", "Address on the form: {0}, {1}, {2}, {3}"];
        var data = new TheoryData<string, string, string, string, IdentifierType>();
        for (var i = 0; i < addresses.Length; i++)
        {
            var (street, town, state, code, codeType) = addresses[i];
            data.Add(string.Format(CultureInfo.InvariantCulture, shapes[i % shapes.Length], street, town, state, code), street, town, code, codeType);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UsAndAustralianAddresses))]
    public void Anonymise_UsOrAustralianAddress_IsTaggedWhole(string text, string street, string town, string code, IdentifierType codeType)
    {
        var result = Redaction.Of(text, "Ana Lopes");

        Assert.Equal(IdentifierType.Address, Redaction.TypeOf(result, text, street));
        Assert.Equal(IdentifierType.Place, Redaction.TypeOf(result, text, town));
        Assert.Equal(codeType, Redaction.TypeOf(result, text, code));
        Assert.DoesNotContain(town, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(code, result.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> TownsInAddresses()
    {
        (string Street, string Town, string After)[] addresses =
        [
            ("31 Oakfield Terrace", "Thornbury", ", Bristol BS35 2AA"),
            ("Flat 2, 9 Mill Lane", "Wivenhoe", ", Colchester CO7 9AB"),
            ("14 Main Street", "Ballina", ", Co. Mayo F26 X2Y7"),
            ("8 Quarry Road", "Keynsham", " BS31 1AB"),
            ("22 Harbour View", "Penrhyndeudraeth", ", Gwynedd LL48 6AB"),
            ("5 Church Lane", "Tadley", ""),
        ];
        string[] shapes = ["Her mum lives at {0}, {1}{2}.", "The letter went to {0}, {1}{2} by mistake."];
        var data = new TheoryData<string, string>();
        foreach (var (street, town, after) in addresses)
        {
            foreach (var shape in shapes)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, shape, street, town, after), town);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TownsInAddresses))]
    public void Anonymise_TownInAddress_IsAPlaceNotAPerson(string text, string town) =>
        Redaction.AssertRedacted(text, town, IdentifierType.Place, "Ana Lopes");

    [Theory]
    [InlineData("She is from Co. Kerry originally.", "Kerry")]
    [InlineData("Her dad farms in County Clare still.", "Clare")]
    public void Anonymise_IrishCounty_IsAPlace(string text, string county) =>
        Redaction.AssertRedacted(text, county, IdentifierType.Place, "Ana Lopes");

    public static TheoryData<string, string, string?> LetterSpacedNames()
    {
        (string Name, string? Client)[] names = [("Zebediah", null), ("Keira", null), ("Jonathan", null), ("Oluwaseun", null), ("Anastasia", "Anastasia Petrova"), ("Thistlewood", null)];
        string[] separators = [" ", "-", ". ", "."];
        var data = new TheoryData<string, string, string?>();
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var separator in separators)
            {
                var (name, client) = names[i];
                var letters = (i + separator.Length) % 3 == 0 ? name.ToUpperInvariant() : name;
                var spelled = string.Join(separator, letters.ToCharArray());
                data.Add($"He spelled the name out for me, {spelled}, so I would get it right.", spelled, client);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LetterSpacedNames))]
    public void Anonymise_LetterSpacedName_IsRemoved(string text, string spelled, string? client) =>
        Redaction.AssertRedacted(text, spelled, client is null ? IdentifierType.Person : IdentifierType.Client, client ?? "Ana Lopes");

    private static readonly string[] DigitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public static TheoryData<string, string> PhoneNumbersInWords()
    {
        // Ofcom's drama ranges: 07700 900xxx, 0113 496 0xxx, 020 7946 0xxx.
        var random = new Random(4960);
        string[] prefixes = ["07700900", "01134960", "02079460"];
        string[] shapes = ["Her number is {0}, she said twice.", "ring me on {0} after six", "She read out {0} and I wrote it down."];
        var data = new TheoryData<string, string>();
        for (var i = 0; i < 12; i++)
        {
            var number = prefixes[i % prefixes.Length] + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
            var spoken = Speak(number, style: i % 4);
            data.Add(string.Format(CultureInfo.InvariantCulture, shapes[i % shapes.Length], spoken), spoken);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PhoneNumbersInWords))]
    public void Anonymise_PhoneNumberInWords_IsAPhone(string text, string spoken) =>
        Redaction.AssertRedacted(text, spoken, IdentifierType.Phone, "Ana Lopes");

    [Theory]
    [InlineData("We did plan A. Then I said no. As did I. Tom came later.", "plan A. Then I said no. As did I.")]
    [InlineData("Her grade was a B. Will she pass? She thinks so.", "B. Will she pass")]
    [InlineData("She said N O loudly and spelled S T O P on the card. We used C B T.", "N O loudly and spelled S T O P on the card. We used C B T")]
    [InlineData("She counted one two three four five under her breath, then one, two, three.", "one two three four five under her breath, then one, two, three")]
    [InlineData("Hey Tom, she wrote. Sometimes Tom helps. Apparently Tom said no.", "Hey")]
    [InlineData("Hey Tom, she wrote. Sometimes Tom helps. Apparently Tom said no.", "Sometimes")]
    [InlineData("Hey Tom, she wrote. Sometimes Tom helps. Apparently Tom said no.", "Apparently")]
    [InlineData("Tom usually calls, and Priya tonight said she was tired.", "usually calls, and")]
    [InlineData("The A10 road and the M50 were busy; she is in Year 12 this year.", "The A10 road and the M50 were busy; she is in Year 12 this year")]
    [InlineData("His dad moved to Texas and then to Queensland.", "Texas and then to Queensland")]
    public void Anonymise_LookalikesOfTheLeakClasses_AreKept(string text, string part) =>
        Redaction.AssertKept(text, part, "Ana Lopes");

    /// <summary>Says a number the ways people do: digit by digit, "oh" for zero, "double", "hundred", mixed with digits.</summary>
    private static string Speak(string number, int style)
    {
        var words = new List<string>();
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[i] - '0';
            var zero = style is 1 or 3 ? "oh" : "zero";
            if (style >= 2 && i + 2 < number.Length && digit != 0 && number[i + 1] == '0' && number[i + 2] == '0' && i > 0)
            {
                words.Add(DigitWords[digit]);
                words.Add("hundred");
                i += 2;
            }
            else if (style >= 1 && i + 1 < number.Length && number[i + 1] == number[i])
            {
                words.Add("double");
                words.Add(digit == 0 ? zero : DigitWords[digit]);
                i++;
            }
            else if (style == 3 && i >= number.Length - 3)
            {
                words.Add(number[i..]);
                break;
            }
            else
            {
                words.Add(digit == 0 ? zero : DigitWords[digit]);
            }
        }

        return string.Join(style == 2 ? ", " : " ", words);
    }

    private static (string First, string Surname) Split(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return (name[..space], name[(space + 1)..]);
    }
}
