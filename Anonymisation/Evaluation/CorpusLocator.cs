namespace SupervisionBot.Anonymisation.Evaluation;

/// <summary>Finds <c>Anonymisation/Corpus</c> by walking up from a directory, so commands work from anywhere in the repository.</summary>
internal static class CorpusLocator
{
    public static string? FindFrom(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "Anonymisation", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            if (current.Name == "Corpus" && current.Parent?.Name == "Anonymisation")
            {
                return current.FullName;
            }
        }

        return null;
    }
}
