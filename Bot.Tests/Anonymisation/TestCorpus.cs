namespace SupervisionBot.Bot.Tests.Anonymisation;

/// <summary>Finds the labelled corpus in the source tree, from wherever the tests run.</summary>
internal static class TestCorpus
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SupervisionBot.sln")))
            {
                return Path.Combine(directory.FullName, "Anonymisation", "Corpus");
            }
        }

        throw new InvalidOperationException("SupervisionBot.sln not found above " + AppContext.BaseDirectory);
    }
}
