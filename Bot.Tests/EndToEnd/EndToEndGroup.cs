namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// End-to-end tests each start a bot, a Playground and a browser; on a 2-core machine they
/// run one at a time rather than alongside each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndGroup
{
    public const string Name = "End to end";
}
