using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// At start-up, rewrites bot state left by an older version in today's shape (see
/// <see cref="LegacyState"/>), before the first turn can read it. A document it cannot read
/// stops start-up with a message saying what to do.
/// </summary>
internal sealed partial class LegacyStateMigration(
    ISessionStore store,
    IOptions<StorageOptions> options,
    ILogger<LegacyStateMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is not ILegacyStateSource source)
        {
            return;
        }

        var settings = options.Value;
        var where = settings.UsesBlobStorage
            ? $"blob container '{settings.Containers.State}'"
            : $"folder '{Path.Combine(settings.LocalFolder, settings.Containers.State)}'";
        var (rewritten, deleted) = (0, 0);
        await foreach (var item in source.ItemsAsync(cancellationToken))
        {
            var (action, json) = LegacyState.Convert(item, where);
            if (action == LegacyState.Action.Keep || !await source.ReplaceAsync(item, json, cancellationToken))
            {
                // Unchanged, or another instance got there first.
                continue;
            }

            _ = action == LegacyState.Action.Rewrite ? rewritten++ : deleted++;
        }

        if (rewritten + deleted > 0)
        {
            LogMigrated(logger, rewritten, deleted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot state from an older version migrated: {Rewritten} rewritten, {Deleted} empty items deleted")]
    private static partial void LogMigrated(ILogger logger, int rewritten, int deleted);
}
