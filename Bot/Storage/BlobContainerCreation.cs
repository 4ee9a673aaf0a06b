using Azure.Storage.Blobs;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Creates a blob container once, shared by every caller; tried again if creating it failed (a
/// transient outage at start-up must not leave a store unable to write) or if the container was
/// lost since (deleted by hand, or an emulator restarted empty).
/// </summary>
internal sealed class BlobContainerCreation(BlobContainerClient container)
{
    private readonly Lock _gate = new();
    private Task? _creation;

    public Task EnsureAsync(bool containerLost, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var create = _creation switch
            {
                null => true,
                { IsCompletedSuccessfully: true } => containerLost,
                { IsCompleted: true } => true,
                _ => false,
            };
            if (create)
            {
                // Not the caller's token: one caller giving up must not fail the others' creation.
                _creation = container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }

            return _creation!.IsCompletedSuccessfully ? Task.CompletedTask : _creation.WaitAsync(cancellationToken);
        }
    }
}
