namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// End-to-end tests each start a bot, a Playground and a browser; on a 2-core machine they
/// run one at a time rather than alongside each other. They share an Azurite of their own for
/// the tests that run the bot on blob storage.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndGroup : ICollectionFixture<Infrastructure.AzuriteFixture>
{
    public const string Name = "End to end";
}
