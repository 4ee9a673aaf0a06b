using SupervisionBot.Bot.Operations;

namespace SupervisionBot.Bot.Tests.Bot.Operations;

/// <summary>How every console command (bench, digest-benchmark, fuzz, soak) reads its options.</summary>
public sealed class CommandArgumentsTests
{
    private static readonly string[] Valued = ["--count", "--minutes", "--connection-string"];
    private static readonly string[] Flags = ["--azurite"];

    [Fact]
    public void GivenOptions_AreRead_AndMissingOnesTakeTheirDefaults()
    {
        var arguments = CommandArguments.Parse(["--count", "250", "--azurite", "--minutes", "0.5"], Valued, Flags);

        Assert.Null(arguments.Error);
        Assert.Equal(250, arguments.Count("--count", 10));
        Assert.Equal(0.5, arguments.Amount("--minutes", 30, min: 0.01));
        Assert.True(arguments.Flag("--azurite"));
        Assert.Null(arguments.Text("--connection-string"));
        Assert.Equal(7, CommandArguments.Parse([], Valued, Flags).Count("--count", 7));
    }

    [Theory]
    [InlineData("--colour", "Not understood: --colour")]
    [InlineData("--count", "--count needs a value.")]
    [InlineData("--count|0", "--count must be a whole number above 0.")]
    [InlineData("--count|-3", "--count must be a whole number above 0.")]
    [InlineData("--count|1e3", "--count must be a whole number above 0.")]
    [InlineData("--minutes|0", "--minutes must be a number of at least 0.01.")]
    [InlineData("--minutes|NaN", "--minutes must be a number of at least 0.01.")]
    [InlineData("--azurite|--connection-string|UseDevelopmentStorage=true", "Give --azurite or --connection-string, not both.")]
    public void WhatIsNotUnderstood_IsNamed(string args, string error)
    {
        var arguments = CommandArguments.Parse(args.Split('|'), Valued, Flags);
        arguments.Count("--count", 10);
        arguments.Amount("--minutes", 30, min: 0.01);
        arguments.NotBoth("--azurite", "--connection-string");

        Assert.Equal(error, arguments.Error);
    }

    [Fact]
    public void AList_IsReadWhenEveryItemIsKnown_AndRefusedOtherwise()
    {
        string[] kinds = ["help", "card"];

        Assert.Equal(["card", "help"], CommandArguments.Parse(["--only", "card,help"], ["--only"]).Some("--only", kinds));
        Assert.Null(CommandArguments.Parse([], ["--only"]).Some("--only", kinds));
        var wrong = CommandArguments.Parse(["--only", "card,confetti"], ["--only"]);
        Assert.Null(wrong.Some("--only", kinds));
        Assert.Equal("--only takes one or more of help, card, separated by commas.", wrong.Error);
    }

    [Fact]
    public void AWholeNumberAboveItsMaximum_IsRefused()
    {
        var arguments = CommandArguments.Parse(["--count", "65"], Valued);

        Assert.Equal(1, arguments.Count("--count", 1, max: 64));
        Assert.Equal("--count must be a whole number from 1 to 64.", arguments.Error);
    }
}
