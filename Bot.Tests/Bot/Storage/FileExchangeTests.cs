using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Tests.Bot.Storage;

public sealed class FileExchangeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("exchange-").FullName;

    [Fact]
    public void OnLinux_TwoFilesSwapContents_AndElsewhereNothingChanges()
    {
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");
        File.WriteAllText(first, "new version");
        File.WriteAllText(second, "old version");

        var swapped = FileExchange.TryExchange(first, second);

        // The build machines are Linux with ext4: the swap is what the local store relies on there.
        Assert.Equal(OperatingSystem.IsLinux(), swapped);
        Assert.Equal(swapped ? "new version" : "old version", File.ReadAllText(second));
        Assert.Equal(swapped ? "old version" : "new version", File.ReadAllText(first));
    }

    [Fact]
    public void WithNothingToSwapWith_SaysNo_AndLeavesTheFileWhereItIs()
    {
        var first = Path.Combine(_folder, "first");
        File.WriteAllText(first, "the first version");

        Assert.False(FileExchange.TryExchange(first, Path.Combine(_folder, "missing")));

        Assert.Equal("the first version", File.ReadAllText(first));
        Assert.False(File.Exists(Path.Combine(_folder, "missing")));

        // A missing file is the ordinary first write: swapping still works afterwards.
        var second = Path.Combine(_folder, "second");
        File.WriteAllText(second, "other");
        Assert.Equal(OperatingSystem.IsLinux(), FileExchange.TryExchange(first, second));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
