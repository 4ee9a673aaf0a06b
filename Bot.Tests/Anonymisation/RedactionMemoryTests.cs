using System.Text.Json;
using SupervisionBot.Anonymisation;

namespace SupervisionBot.Bot.Tests.Anonymisation;

public class RedactionMemoryTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] OtherKey = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];
    private static readonly Anonymiser Anonymiser = new();

    private static MemoryAnonymisationResult Step(string text, RedactionMemory memory, DeclaredNames? declared = null) =>
        Anonymiser.Anonymise([text], declared ?? DeclaredNames.None, memory);

    [Fact]
    public void Anonymise_PersonFoundInEarlierStep_KeepsTagWithoutCue()
    {
        var first = Step("Her son Tom was upset.", RedactionMemory.Empty(Key));
        var second = Step("Tom seemed calmer and Priya told him off.", RedactionMemory.Restore(Key, first.Memory.Forms));

        Assert.Equal("Her son [PERSON-1] was upset.", first.Results[0].Text);
        Assert.Equal("[PERSON-1] seemed calmer and [PERSON-2] told him off.", second.Results[0].Text);
    }

    [Fact]
    public void Anonymise_NewPersonInLaterStep_IsNumberedAfterRememberedOnes()
    {
        var first = Step("Her son Tom and her friend Priya came.", RedactionMemory.Empty(Key));
        var second = Step("Her sister Zofia rang.", first.Memory);

        Assert.Equal("Her son [PERSON-1] and her friend [PERSON-2] came.", first.Results[0].Text);
        Assert.Equal("Her sister [PERSON-3] rang.", second.Results[0].Text);
    }

    [Fact]
    public void Anonymise_SurnameOfFullNameAloneLater_GetsThePersonsTag()
    {
        var first = Step("Her son Tom Hughes came.", RedactionMemory.Empty(Key));
        var second = Step("We talked about whether Hughes was a family name.", first.Memory);

        Assert.Equal("Her son [PERSON-1] came.", first.Results[0].Text);
        Assert.Contains("[PERSON-1] was", second.Results[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hughes", second.Results[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymise_PlacesAndOrganisationsInLaterSteps_KeepTheirNumbers()
    {
        var first = Step("She moved from Leeds to work at St Mary's Hospital.", RedactionMemory.Empty(Key));
        var second = Step("St Mary's Hospital is far from Leeds, nearer Bradford and Tesco.", first.Memory);

        Assert.Equal("She moved from [PLACE-1] to work at [ORG-1].", first.Results[0].Text);
        Assert.Equal("[ORG-1] is far from [PLACE-1], nearer [PLACE-2] and [ORG-2].", second.Results[0].Text);
    }

    [Fact]
    public void Anonymise_LowerCaseRememberedPhrase_IsFoundAgain()
    {
        var first = Step("She works at Cedar Lodge Care Home now.", RedactionMemory.Empty(Key));
        var second = Step("she said cedar lodge care home was short-staffed", first.Memory);

        Assert.DoesNotContain("cedar", second.Results[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lodge", second.Results[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Samantha was late.", "[CLIENT] was late.")]
    [InlineData("Samantha's mum rang.", "[CLIENT]'s mum rang.")]
    [InlineData("i asked samantha about it.", "i asked [CLIENT] about it.")]
    [InlineData("Sammy was late.", "[CLIENT] was late.")]
    [InlineData("Sam was late.", "[CLIENT] was late.")]
    [InlineData("Samanta was late.", "[CLIENT] was late.")]
    [InlineData("Smantha was late.", "[CLIENT] was late.")]
    [InlineData("Samanthaa was late.", "[CLIENT] was late.")]
    [InlineData("Smaantha was late.", "[CLIENT] was late.")]
    [InlineData("Okafro was late.", "[CLIENT] was late.")]
    public void Anonymise_DeclaredClientFromRestoredMemoryOnly_IsClient(string text, string expected)
    {
        var declared = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Samantha Okafor", ["Sam"]));
        var restored = RedactionMemory.Restore(Key, declared.Forms);

        var result = Step(text, restored);

        Assert.Equal(expected, result.Results[0].Text);
    }

    [Fact]
    public void Anonymise_DeclaredClientWithDifferentKey_FindsNothing()
    {
        var declared = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Samantha Okafor", ["Sam"]));
        var wrongKey = RedactionMemory.Restore(OtherKey, declared.Forms);

        var result = Step("Samanta said Okafor is her dad's name.", wrongKey);

        Assert.DoesNotContain(result.Results[0].Spans, s => s.Type == IdentifierType.Client);
    }

    [Theory]
    [InlineData("I hope it helps, Dr Patel said to Margaret.")]
    [InlineData("She will come back to Manchester with Margaret.")]
    public void Anonymise_EverydayWordThatIsRememberedClientName_IsKeptInLowerCase(string text)
    {
        var memory = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Hope Will", []));

        var result = Step(text, RedactionMemory.Restore(Key, memory.Forms));

        Assert.Equal(Anonymiser.Anonymise(text, new DeclaredNames("Hope Will", [])).Text, result.Results[0].Text);
        Assert.DoesNotContain(result.Results[0].Spans, s => s.Type == IdentifierType.Client);
    }

    [Fact]
    public void Anonymise_TypoThatIsAnEverydayWordInLowerCase_IsKept()
    {
        // "shame" is one letter from "Shane"; a lower-case everyday word may not be a typo, as for declared names.
        const string text = "With Dr Patel we talked about the shame she felt in Manchester.";
        var memory = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Shane Obi", []));

        var result = Step(text, RedactionMemory.Restore(Key, memory.Forms));

        Assert.Contains("the shame she felt", result.Results[0].Text, StringComparison.Ordinal);
        Assert.Equal(Anonymiser.Anonymise(text, new DeclaredNames("Shane Obi", [])).Text, result.Results[0].Text);
    }

    [Fact]
    public void Forms_AfterDeclaredAndFoundNames_HoldNoPlainText()
    {
        string[] names = ["samantha", "okafor", "sammy", "tom", "hughes", "priya", "leeds", "mary", "hospital"];
        var memory = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Samantha Okafor", ["Sam"]));
        var result = Step("Her son Tom Hughes and her friend Priya moved to Leeds near St Mary's Hospital.", memory);

        var json = JsonSerializer.Serialize(result.Memory.Forms);
        var strings = string.Join('\n', result.Memory.Forms.Select(f => f.ToString()));

        Assert.NotEmpty(result.Memory.Forms);
        foreach (var name in names)
        {
            Assert.DoesNotContain(name, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, strings, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(result.Memory.Forms, f => Assert.Matches("^[0-9a-f]{32}$", f.Hash));
    }

    [Fact]
    public void Anonymise_PreviouslyAnonymisedText_IsUnchanged()
    {
        const string anonymised = "[CLIENT]'s son [PERSON-1] rang [PERSON-2] from [PLACE-1] on [DATE] about [ORG-1], [PHONE] and [NHS-NUMBER].";
        var memory = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Samantha Okafor", ["Sam"]));
        var first = Step("Her son Tom rang Priya from Leeds.", memory);

        var again = Step(anonymised, first.Memory);
        var plain = Anonymiser.Anonymise(anonymised, DeclaredNames.None);

        Assert.Equal(anonymised, again.Results[0].Text);
        Assert.Empty(again.Results[0].Spans);
        Assert.Equal(anonymised, plain.Text);
    }

    [Fact]
    public void Restore_Forms_RoundTripThroughJson()
    {
        var memory = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Samantha Okafor", ["Sam"]));
        var first = Step("Her son Tom moved to Leeds.", memory);

        var json = JsonSerializer.Serialize(first.Memory.Forms);
        var restored = RedactionMemory.Restore(Key, JsonSerializer.Deserialize<List<RememberedForm>>(json)!);
        var fromOriginal = Step("Tom and Sam went to Leeds with Zofia.", first.Memory);
        var fromRestored = Step("Tom and Sam went to Leeds with Zofia.", restored);

        Assert.Equal(first.Memory.Forms, restored.Forms);
        Assert.Equal(fromOriginal.Results[0].Text, fromRestored.Results[0].Text);
        Assert.Equal("[PERSON-1] and [CLIENT] went to [PLACE-1] with [PERSON-2].", fromRestored.Results[0].Text);
    }

    [Fact]
    public void Anonymise_SameTextTwiceWithEvolvingMemory_GivesTheSameTags()
    {
        const string text = "Her son Tom Hughes and her friend Priya met at St Mary's Hospital in Leeds. Later Tom cried.";
        var first = Step(text, RedactionMemory.Empty(Key), new DeclaredNames("Samantha Okafor", []));
        var second = Step(text, first.Memory);
        var third = Step(text, second.Memory, new DeclaredNames("Samantha Okafor", []));

        Assert.Equal(first.Results[0].Text, second.Results[0].Text);
        Assert.Equal(first.Results[0].Text, third.Results[0].Text);
        Assert.Equal(second.Memory.Forms.Count, third.Memory.Forms.Count);
    }

    [Fact]
    public void WithDeclared_SameNamesAgain_AddsNothing()
    {
        var declared = new DeclaredNames("Samantha Okafor", ["Sam"]);
        var once = RedactionMemory.Empty(Key).WithDeclared(declared);

        var twice = once.WithDeclared(declared);

        Assert.Same(once, twice);
        Assert.Contains(once.Forms, f => f.IsTypoVariant);
        Assert.All(once.Forms, f => Assert.Equal(IdentifierType.Client, f.Type));
    }

    [Fact]
    public void Empty_ShortKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => RedactionMemory.Empty(new byte[16]));
    }

    [Fact]
    public void Restore_MalformedHash_Throws()
    {
        Assert.Throws<ArgumentException>(() => RedactionMemory.Restore(Key, [new RememberedForm("Samantha", IdentifierType.Client, 0, false)]));
    }

    [Fact]
    public void Anonymise_WithMemoryOverBudget_ThrowsAnonymisationFailed()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var anonymiser = new Anonymiser(new AnonymiserOptions { TimeBudget = TimeSpan.FromSeconds(2), TimeProvider = clock });
        var memory = RedactionMemory.Empty(Key).WithDeclared(new DeclaredNames("Samantha Okafor", []));

        Assert.Throws<AnonymisationFailedException>(() => anonymiser.Anonymise(["Her son Tom rang Samantha."], DeclaredNames.None, memory));
    }

    [Fact]
    public void Anonymise_LowerCasePossessivePhraseRememberedAsOrganisation_IsOneTag()
    {
        var first = Step("She works at St Mary's Hospital now.", RedactionMemory.Empty(Key));
        var second = Step("she said st mary's hospital was short-staffed again", first.Memory);

        Assert.Equal("She works at [ORG-1] now.", first.Results[0].Text);
        Assert.Equal("she said [ORG-1] was short-staffed again", second.Results[0].Text);
    }

    [Fact]
    public void Anonymise_LowerCaseNameFoundByCueThenCapitalised_KeepsItsTag()
    {
        var first = Step("i think her son tom was scared", RedactionMemory.Empty(Key));
        var second = Step("We spoke about Tom and about tom's school.", first.Memory);

        Assert.Equal("i think her son [PERSON-1] was scared", first.Results[0].Text);
        Assert.Equal("We spoke about [PERSON-1] and about [PERSON-1]'s school.", second.Results[0].Text);
    }

    [Fact]
    public void Anonymise_SeveralFieldsOverSeveralSteps_ShareOneNumbering()
    {
        var declared = new DeclaredNames("Samantha Okafor", ["Sam"]);
        var first = Anonymiser.Anonymise(["Sam's brother Marek visited.", "Marek and Zofia argued in Leeds."], declared, RedactionMemory.Empty(Key));
        var second = Anonymiser.Anonymise(["Zofia rang Samantha.", "Then her cousin Ade came from Bradford, and Marek left."], DeclaredNames.None, first.Memory);

        Assert.Equal(["[CLIENT]'s brother [PERSON-1] visited.", "[PERSON-1] and [PERSON-2] argued in [PLACE-1]."], first.Results.Select(r => r.Text));
        Assert.Equal(["[PERSON-2] rang [CLIENT].", "Then her cousin [PERSON-3] came from [PLACE-2], and [PERSON-1] left."], second.Results.Select(r => r.Text));
    }

    [Fact]
    public void Anonymise_DeclaredOtherPersonInEarlierStep_IsRememberedAsThatPerson()
    {
        var declared = new DeclaredNames("Samantha Okafor", []) { OtherPeople = ["Desmond"] };
        var first = Step("She argued with desmond again.", RedactionMemory.Empty(Key), declared);
        var second = Step("Desmond did not come.", first.Memory);

        Assert.Equal("She argued with [PERSON-1] again.", first.Results[0].Text);
        Assert.Equal("[PERSON-1] did not come.", second.Results[0].Text);
    }

    [Fact]
    public void Anonymise_HalfOfHyphenatedNameFoundEarlier_GetsThePersonsTag()
    {
        var first = Step("Her partner Jude Adeyemi-Clarke visited.", RedactionMemory.Empty(Key));
        var second = Step("Later we spoke about Clarke and about Adeyemi.", first.Memory);

        Assert.Equal("Her partner [PERSON-1] visited.", first.Results[0].Text);
        Assert.Equal("Later we spoke about [PERSON-1] and about [PERSON-1].", second.Results[0].Text);
    }
}
