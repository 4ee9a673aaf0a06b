using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Tests.Dialogs.Commands;

public class CommandParserTests
{
    [Theory]
    [InlineData("help", BotCommand.Help)]
    [InlineData("  HELP ", BotCommand.Help)]
    [InlineData("/help", BotCommand.Help)]
    [InlineData("help!", BotCommand.Help)]
    [InlineData("?", BotCommand.Help)]
    [InlineData("Privacy.", BotCommand.Privacy)]
    [InlineData("what   do you\tstore", BotCommand.Privacy)]
    [InlineData("hello", BotCommand.Welcome)]
    public void Parse_KnownWordsAsPeopleTypeThem_FindsTheCommand(string text, BotCommand expected) =>
        Assert.Equal(expected, CommandParser.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("helpme")]
    [InlineData("I need help with a client")]
    public void Parse_AnythingElse_IsNotACommand(string? text) => Assert.Null(CommandParser.Parse(text));

    [Fact]
    public void Catalog_WordsAreUniqueAcrossCommands()
    {
        var words = CommandCatalog.All.SelectMany(c => c.Words).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
