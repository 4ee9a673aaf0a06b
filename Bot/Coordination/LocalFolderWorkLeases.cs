namespace SupervisionBot.Bot.Coordination;

/// <summary>
/// Leases and done-markers in the local folder. The local-folder mode is single-instance by
/// nature (one machine, one folder), so this only has to be right for processes on one machine:
/// a lease is an exclusively opened lock file (the operating system frees it if the process
/// dies), a done-marker a file created with <see cref="FileMode.CreateNew"/>.
/// </summary>
internal sealed class LocalFolderWorkLeases(string folder) : IWorkLeases
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string work, CancellationToken cancellationToken)
    {
        var leases = Directory.CreateDirectory(Path.Combine(folder, WorkNames.LeasesFolder)).FullName;
        try
        {
            var file = new FileStream(
                Path.Combine(leases, WorkNames.Checked(work, nameof(work)) + ".lock"),
                FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<IAsyncDisposable?>(file);
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }

    public Task<bool> IsDoneAsync(string work, string period, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(DonePath(work, period)));

    public Task<bool> MarkDoneAsync(string work, string period, CancellationToken cancellationToken)
    {
        var path = DonePath(work, period);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            return Task.FromResult(true);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Task.FromResult(false);
        }
    }

    private string DonePath(string work, string period) =>
        Path.Combine(folder, WorkNames.DoneFolder, WorkNames.Checked(work, nameof(work)), WorkNames.Checked(period, nameof(period)));
}
