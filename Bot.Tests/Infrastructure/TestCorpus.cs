using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Finds the labelled corpus in the source tree, from wherever the tests run.</summary>
internal static class TestCorpus
{
    public static string Folder { get; } = RepositoryRoot.Combine("Anonymisation", "Corpus");
}
