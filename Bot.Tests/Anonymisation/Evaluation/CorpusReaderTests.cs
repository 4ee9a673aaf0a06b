using SupervisionBot.Anonymisation;
using SupervisionBot.Anonymisation.Evaluation;

namespace SupervisionBot.Bot.Tests.Anonymisation.Evaluation;

public class CorpusReaderTests
{
    [Fact]
    public void Parse_Markup_GivesPlainTextAndGoldOffsets()
    {
        const string content = """
            === t1
            client: Samantha Okafor
            aliases: Sam, Sammy
            ---
            I met {{CLIENT:Sam}} in {{PLACE:Leeds}} on {{DATE:12 March}}.
            """;

        var document = Assert.Single(CorpusReader.Parse(content, "dev", "test"));

        Assert.Equal("I met Sam in Leeds on 12 March.", document.Text);
        Assert.Equal("Samantha Okafor", document.Declared.Client);
        Assert.Equal(["Sam", "Sammy"], document.Declared.Aliases);
        Assert.Equal(
            [new RedactedSpan(6, 9, IdentifierType.Client), new RedactedSpan(13, 18, IdentifierType.Place), new RedactedSpan(22, 30, IdentifierType.Date)],
            document.Gold);
    }

    [Fact]
    public void Parse_UnknownType_Throws() =>
        Assert.Throws<FormatException>(() => CorpusReader.ParseMarkup("a {{NAME:x}} b", "test"));

    [Fact]
    public void IsCovered_SpansCoveringAllButSpaces_CountsAsFound()
    {
        const string text = "ref RX1 4839201 here";
        var gold = new RedactedSpan(4, 15, IdentifierType.IdNumber);

        Assert.True(CorpusEvaluator.IsCovered(gold, [new(4, 7, IdentifierType.IdNumber), new(8, 15, IdentifierType.IdNumber)], text));
        Assert.False(CorpusEvaluator.IsCovered(gold, [new(8, 15, IdentifierType.IdNumber)], text));
    }
}
