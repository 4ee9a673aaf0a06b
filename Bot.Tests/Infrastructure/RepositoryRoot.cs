namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SupervisionBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find SupervisionBot.sln above " + AppContext.BaseDirectory);
    });

    public static string FullPath => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    /// <summary>The shared folder beside the checkout (schemas, domain notes).</summary>
    public static string Shared(params string[] parts) =>
        System.IO.Path.Combine([System.IO.Path.GetDirectoryName(Root.Value)!, "shared", .. parts]);

    /// <summary>Where tests leave screenshots and other evidence; git-ignored.</summary>
    public static string Artifacts(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root.Value, "artifacts", "tests", .. parts]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }
}
