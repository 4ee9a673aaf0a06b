using System.Collections.Immutable;
using System.Globalization;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Operations;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Digests.Benchmark;

/// <summary>
/// <c>digest-benchmark</c>: stores reflections shared in one group, then composes its digest from
/// them, streaming from storage, and prints time, peak managed memory and reflections per second,
/// for the local folder and for Azure Blob Storage (Azurite). The baseline in the same run loads
/// every document into a list first, as a naive digest would. No web server starts.
/// </summary>
internal static class DigestBenchmarkCommand
{
    public const string Name = "digest-benchmark";

    private const string Usage =
        "Usage: digest-benchmark [--count N] [--runs N] [--connection-string <Azure Storage or Azurite>] [--azurite]\n" +
        "  --count              reflections to store and compose (default 10000)\n" +
        "  --runs               compositions per store and mode; the median is printed (default 3)\n" +
        "  --connection-string  also benchmark this blob account (a fresh container is created and deleted)\n" +
        "  --azurite            start Azurite from node_modules for the blob run";

    private const string Group = "9a0b1c2d3e4f5a6b";
    private const int Members = 25;
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TryParse(args, out var options, out var error))
        {
            await stderr.WriteLineAsync($"{error}\n{Usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        if (options.StartAzurite && !AzuriteProcess.IsInstalled)
        {
            await stderr.WriteLineAsync(AzuriteProcess.NotInstalledMessage.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        var inv = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync(string.Create(inv,
            $"Digest benchmark: {options.Count:N0} reflections shared in one group of {Members} members, composed {options.Runs} time(s) per store and mode.").AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(inv,
            $"{"store",-13} {"mode",-10} {"median ms",10} {"refl/s",10} {"peak heap MB",13} {"allocated MB",13}").AsMemory(), cancellationToken).ConfigureAwait(false);

        var complete = true;
        var folder = Directory.CreateTempSubdirectory("digest-benchmark-");
        try
        {
            var local = new LocalFolderReflectionArchive(folder.FullName, TimeProvider.System, NullLogger<LocalFolderReflectionArchive>.Instance);
            complete &= await MeasureStoreAsync("local folder", local, options, stdout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        AzuriteProcess? azurite = null;
        try
        {
            var connectionString = options.ConnectionString;
            if (options.StartAzurite)
            {
                azurite = await AzuriteProcess.StartAsync(cancellationToken).ConfigureAwait(false);
                connectionString = azurite.ConnectionString;
            }

            if (connectionString is not null)
            {
                var container = new BlobServiceClient(connectionString, StorageServiceCollectionExtensions.ClientOptions())
                    .GetBlobContainerClient($"digest-benchmark-{Guid.NewGuid():N}");
                try
                {
                    var blob = new BlobReflectionArchive(container, TimeProvider.System, NullLogger<BlobReflectionArchive>.Instance);
                    complete &= await MeasureStoreAsync(options.StartAzurite ? "azurite" : "blob", blob, options, stdout, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await container.DeleteIfExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
                }
            }
            else
            {
                await stdout.WriteLineAsync("blob: skipped (give --azurite or --connection-string)".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }

        return complete ? 0 : 1;
    }

    /// <summary>Seeds and measures one store; false when the digest did not take in every stored reflection.</summary>
    private static async Task<bool> MeasureStoreAsync(string store, IReflectionArchive archive, Options options, TextWriter stdout, CancellationToken cancellationToken)
    {
        await SeedAsync(archive, options.Count, cancellationToken).ConfigureAwait(false);
        var request = new DigestRequest(Group, "Benchmark group", Start.AddDays(60), new DigestPeriod(Start, Start.AddDays(59)), 3);

        // One unmeasured pass, so neither mode pays for JIT compilation or cold connections.
        await StreamingAsync(archive, request, new MemorySampler(), cancellationToken).ConfigureAwait(false);

        SupervisorDigest? checkedDigest = null;
        foreach (var (mode, compose) in new (string, Func<MemorySampler, Task<DigestComposer>>)[]
        {
            ("streaming", sampler => StreamingAsync(archive, request, sampler, cancellationToken)),
            ("load-all", sampler => LoadAllAsync(archive, request, sampler, cancellationToken)),
        })
        {
            var runs = new List<Measurement>();
            for (var run = 0; run < options.Runs; run++)
            {
                var (measurement, digest) = await MeasureAsync(compose).ConfigureAwait(false);
                runs.Add(measurement);
                checkedDigest ??= digest;
            }

            var median = runs.OrderBy(r => r.Elapsed).ElementAt(runs.Count / 2);
            // Per reflection actually composed, so a store that misses some is not flattered.
            var perSecond = (checkedDigest?.Figures?.Reflections ?? 0) / Math.Max(median.Elapsed.TotalSeconds, 1e-9);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{store,-13} {mode,-10} {median.Elapsed.TotalMilliseconds,10:N0} {perSecond,10:N0} {runs.Max(r => r.PeakHeapBytes) / 1048576.0,13:N1} {median.AllocatedBytes / 1048576.0,13:N1}").AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var figures = checkedDigest?.Figures;
        var complete = figures?.Reflections == options.Count;
        var incomplete = complete ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; INCOMPLETE, {options.Count:N0} were stored");
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{store,-13} check: {figures?.Reflections ?? 0:N0} reflections from {figures?.Contributors ?? 0} members composed; minimum met: {checkedDigest?.MeetsMinimum}{incomplete}").AsMemory(), cancellationToken).ConfigureAwait(false);
        return complete;
    }

    private static async Task<DigestComposer> StreamingAsync(
        IReflectionArchive archive, DigestRequest request, MemorySampler sampler, CancellationToken cancellationToken)
    {
        var composer = new DigestComposer(request);
        await foreach (var document in archive.StreamSharedInGroupAsync(request.Group, request.Period.From, request.Period.To, cancellationToken).ConfigureAwait(false))
        {
            composer.Add(DigestReflections.From(document));
            sampler.Sample();
        }

        return composer;
    }

    /// <summary>The baseline: every document in memory first, then composed.</summary>
    private static async Task<DigestComposer> LoadAllAsync(
        IReflectionArchive archive, DigestRequest request, MemorySampler sampler, CancellationToken cancellationToken)
    {
        var documents = new List<ReflectionDocument>();
        await foreach (var document in archive.StreamSharedInGroupAsync(request.Group, request.Period.From, request.Period.To, cancellationToken).ConfigureAwait(false))
        {
            documents.Add(document);
            sampler.Sample();
        }

        var composer = new DigestComposer(request);
        foreach (var document in documents)
        {
            composer.Add(DigestReflections.From(document));
        }

        sampler.Sample(now: true);
        return composer;
    }

    private static async Task<(Measurement, SupervisorDigest)> MeasureAsync(Func<MemorySampler, Task<DigestComposer>> compose)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var sampler = new MemorySampler();
        var started = TimeProvider.System.GetTimestamp();
        var composer = await compose(sampler).ConfigureAwait(false);
        var digest = composer.SupervisorDigest();
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        sampler.Sample(now: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (new Measurement(elapsed, Math.Max(0, sampler.Peak - before), allocated), digest);
    }

    private static async Task SeedAsync(IReflectionArchive archive, int count, CancellationToken cancellationToken)
    {
        var flow = SessionReflectionFlow.Definition;
        var cues = DigestMeasures.CueChoices;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var document = new ReflectionDocument
            {
                Id = Guid.NewGuid(),
                Author = string.Create(CultureInfo.InvariantCulture, $"{i % Members:x4}beefbeefbeef"),
                Group = Group,
                Sharing = i % 3 == 0 ? ReflectionSharing.Supervisor : ReflectionSharing.Group,
                RequestsSupervisorContact = i % 50 == 0,
                Flow = flow.Id.Value,
                FlowTitle = flow.Title,
                CaseLabel = string.Create(CultureInfo.InvariantCulture, $"Client {(char)('A' + (i % 26))}"),
                Ratings = DigestMeasures.Ratings.ToImmutableSortedDictionary(
                    item => item.Id, item => (((i + item.Id.Length) % 5) + 1).ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
                Choices = new Dictionary<string, ImmutableArray<string>>
                {
                    [DigestMeasures.CuesInput] = [cues[i % cues.Length].Value, cues[(i * 7) % cues.Length].Value],
                    [DigestMeasures.RuptureInput] = [DigestMeasures.RuptureTypes[i % 2].Value],
                    [DigestMeasures.FrameInput] = [DigestMeasures.FrameChoices[i % 3].Value],
                }.ToImmutableSortedDictionary(StringComparer.Ordinal),
                Texts = new Dictionary<string, string>
                {
                    [DigestMeasures.QuestionInput] = string.Create(CultureInfo.InvariantCulture, $"How do I stay with the silence when it goes on, case {i}?"),
                    [SessionReflectionFlow.Inputs.WhatYouFelt.Value] = "Protective, then sleepy; I noticed I wanted to fill the gap.",
                }.ToImmutableSortedDictionary(StringComparer.Ordinal),
                StartedAt = Start.AddMinutes(i * 5),
                ConfirmedAt = Start.AddMinutes((i * 5) + 9),
            };
            await archive.SaveAsync(document, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private static bool TryParse(IReadOnlyList<string> args, out Options options, out string error)
    {
        var arguments = CommandArguments.Parse(args, ["--count", "--runs", "--connection-string"], ["--azurite"]);
        var defaults = new Options();
        options = new Options(
            arguments.Count("--count", defaults.Count),
            arguments.Count("--runs", defaults.Runs),
            arguments.Text("--connection-string"),
            arguments.Flag("--azurite"));
        arguments.NotBoth("--azurite", "--connection-string");
        error = arguments.Error ?? string.Empty;
        return arguments.Error is null;
    }

    private sealed record Options(int Count = 10_000, int Runs = 3, string? ConnectionString = null, bool StartAzurite = false);

    private sealed record Measurement(TimeSpan Elapsed, long PeakHeapBytes, long AllocatedBytes);
}
