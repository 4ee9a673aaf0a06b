using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupervisionBot.Bot.Digests.Benchmark;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Operations;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>
/// <c>bench</c>: what a turn costs. Runs the real host on loopback against a local connector stub
/// and, in the same process and run, the SDK's minimal <c>CloudAdapter</c> echo bot, then prints
/// CPU per turn, turns per second, p50, p99 and allocated bytes per turn for each kind of turn,
/// each beside its ratio to the echo bot, and the store calls each kind of turn makes. With
/// <c>--load</c> it then runs simulated therapists concurrently (see <see cref="LoadRun"/>).
/// </summary>
internal static class TurnBenchmarkCommand
{
    public const string Name = "bench";

    private const string Usage =
        "Usage: bench [--count N] [--passes N] [--only KIND,...] [--allocations] [--azurite | --connection-string <Azure Storage>] [--load [--users N] [--seconds N] [--proactive N]]\n" +
        "  --count              measured turns per kind (default 500), after a tenth as many unmeasured\n" +
        "  --passes             split them into this many passes over every kind (default 3); each figure is the median\n" +
        "                       pass, and each ratio the median of the passes' ratios to the echo bot measured in that pass\n" +
        "  --only               measure only these kinds beside the echo bot: help, open, card, confirm, proactive (for profiling one)\n" +
        "  --allocations        also print, for each kind, the types that took most of its allocations (sampled by the runtime)\n" +
        "  --azurite            start Azurite from node_modules for the blob-storage rows and the load run\n" +
        "  --connection-string  use this blob account instead (fresh containers, left for you to delete)\n" +
        "  --load               then run simulated therapists doing full reflections concurrently\n" +
        "  --users              concurrent therapists in the load run (default 64)\n" +
        "  --seconds            length of each load phase (default 60)\n" +
        "  --proactive          proactive messages sent during the second load phase (default 1000)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
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

        AzuriteProcess? azurite = null;
        try
        {
            var connectionString = options.ConnectionString;
            if (options.StartAzurite)
            {
                azurite = await AzuriteProcess.StartAsync(cancellationToken).ConfigureAwait(false);
                connectionString = azurite.ConnectionString;
            }

            return await RunAsync(options, connectionString, stdout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> RunAsync(Options options, string? connectionString, TextWriter stdout, CancellationToken cancellationToken)
    {
        await using var stub = await ConnectorStub.StartAsync().ConfigureAwait(false);
        var (echoApp, echoEndpoint) = await EchoBotHost.StartAsync().ConfigureAwait(false);
        await using var echo = echoApp;
        await using var local = await BenchmarkBotHost.StartAsync(connectionString: null, cancellationToken).ConfigureAwait(false);
        await using var blob = connectionString is null ? null : await BenchmarkBotHost.StartAsync(connectionString, cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        using var sampler = options.Allocations ? new AllocationBreakdown() : null;
        var failures = new List<string>();

        // A first pass, unmeasured, runs every kind of turn until the JIT has promoted the hot
        // methods (tiered compilation otherwise takes a third of the CPU of the first thousand card
        // actions on two cores), so the figures are the steady state a long-running instance pays.
        var warmPass = Math.Min(options.Count, 200);
        await MeasurePassAsync("warm-", warmPass, Math.Max(5, warmPass / 10), allocations: null).ConfigureAwait(false);

        // The machine's speed drifts (other tenants, the disk): measuring every kind in each of
        // several short passes, beside the echo bot each time, keeps a drift from landing on one kind.
        var perPass = Math.Max(1, options.Count / options.Passes);
        var warmup = Math.Max(5, perPass / 10);
        var passes = new List<List<TurnFigures>>();
        for (var pass = 1; pass <= options.Passes; pass++)
        {
            // Allocations by type are sampled in the last pass only, so each kind is reported once.
            passes.Add(await MeasurePassAsync(string.Create(CultureInfo.InvariantCulture, $"p{pass}-"), perPass, warmup, pass == options.Passes ? sampler : null).ConfigureAwait(false));
        }

        await PrintAsync(passes, perPass, warmup, blob is null && options.Measures("confirm"), stdout, cancellationToken).ConfigureAwait(false);
        foreach (var line in sampler?.Report ?? [])
        {
            await stdout.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        if (options.Load)
        {
            var loadHost = blob ?? local;
            var report = await LoadRun.RunAsync(loadHost, http, stub, options.Users, TimeSpan.FromSeconds(options.Seconds), options.Proactive, stdout, cancellationToken).ConfigureAwait(false);
            failures.AddRange(report);
        }

        foreach (var failure in failures)
        {
            await stdout.WriteLineAsync(("FAILED: " + failure).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return failures.Count == 0 ? 0 : 1;

        async Task<List<TurnFigures>> MeasurePassAsync(string pass, int count, int warmup, AllocationBreakdown? allocations)
        {
            var total = warmup + count;
            var figures = new List<TurnFigures>();
            var echoTraffic = new TeamsTraffic(http, echoEndpoint, stub.ServiceUrl, pass + "echo");
            figures.Add(await MeasureAsync("echo bot (SDK)", count, warmup, (i, ct) => MessageAsync(echoTraffic, i, "hello", ct), null, allocations, cancellationToken).ConfigureAwait(false));

            if (options.Measures("help"))
            {
                var helpTraffic = new TeamsTraffic(http, local.Endpoint, stub.ServiceUrl, pass + "help");
                figures.Add(await MeasureAsync("help", count, warmup, (i, ct) => MessageAsync(helpTraffic, i, "help", ct), local.Storage, allocations, cancellationToken).ConfigureAwait(false));

                // The same people again: what most messages cost, once an instance has their address.
                figures.Add(await MeasureAsync("help, someone known", count, warmup, (i, ct) => MessageAsync(helpTraffic, i, "help", ct), local.Storage, allocations, cancellationToken).ConfigureAwait(false));
                if (blob is not null)
                {
                    var blobHelpTraffic = new TeamsTraffic(http, blob.Endpoint, stub.ServiceUrl, pass + "blob-help");
                    figures.Add(await MeasureAsync("help (blob storage)", count, warmup, (i, ct) => MessageAsync(blobHelpTraffic, i, "help", ct), blob.Storage, allocations, cancellationToken).ConfigureAwait(false));
                    figures.Add(await MeasureAsync("help, someone known (blob)", count, warmup, (i, ct) => MessageAsync(blobHelpTraffic, i, "help", ct), blob.Storage, allocations, cancellationToken).ConfigureAwait(false));
                }
            }

            if (options.Measures("open"))
            {
                // A typed command that looks at the open reflection twice (settling it, then the command).
                var openTraffic = new TeamsTraffic(http, local.Endpoint, stub.ServiceUrl, pass + "open");
                await StartAllAsync(openTraffic, stub, total, "reflect", presses: 0, cancellationToken).ConfigureAwait(false);
                figures.Add(await MeasureAsync("reflect, one already open", count, warmup, (i, ct) => MessageAsync(openTraffic, i, "reflect", ct), local.Storage, allocations, cancellationToken).ConfigureAwait(false));
            }

            if (options.Measures("card"))
            {
                figures.Add(await MeasureCardAsync("card action (next card)", local, pass + "step").ConfigureAwait(false));
                if (blob is not null)
                {
                    figures.Add(await MeasureCardAsync("card action (blob storage)", blob, pass + "blob-step").ConfigureAwait(false));
                }
            }

            if (options.Measures("confirm"))
            {
                figures.Add(await MeasureConfirmAsync("confirm (local folder)", pass, local, http, stub, count, warmup, failures, allocations, cancellationToken).ConfigureAwait(false));
                if (blob is not null)
                {
                    figures.Add(await MeasureConfirmAsync("confirm (blob storage)", pass, blob, http, stub, count, warmup, failures, allocations, cancellationToken).ConfigureAwait(false));
                }
            }

            if (options.Measures("proactive"))
            {
                var adapter = local.Services.GetRequiredService<SupervisionBotAdapter>();
                var proactiveTraffic = new TeamsTraffic(http, local.Endpoint, stub.ServiceUrl, pass + "proactive");
                stub.ClearProactive();
                figures.Add(await MeasureAsync("proactive send", count, warmup, (i, ct) =>
                    SendProactiveAsync(adapter, proactiveTraffic, stub.ServiceUrl, i, i.ToString(CultureInfo.InvariantCulture), ct), local.Storage, allocations, cancellationToken).ConfigureAwait(false));
                if (stub.ProactiveByKey.Count != total || stub.ProactiveByKey.Values.Any(n => n != 1))
                {
                    failures.Add($"proactive: {stub.ProactiveByKey.Count} of {total} keys arrived, some more than once");
                }
            }

            return figures;

            // Each therapist moves on at most six cards, so none reaches the review in the measured turns.
            async Task<TurnFigures> MeasureCardAsync(string kind, BenchmarkBotHost host, string run)
            {
                var stepTraffic = new TeamsTraffic(http, host.Endpoint, stub.ServiceUrl, run);
                var stepUsers = (total + 5) / 6;
                var stepCards = await StartAllAsync(stepTraffic, stub, stepUsers, "reflect", presses: 0, cancellationToken).ConfigureAwait(false);
                return await MeasureAsync(kind, count, warmup, async (i, ct) =>
                {
                    var user = i % stepUsers;
                    stepCards[user] = await stepTraffic.PressAsync(user, stepCards[user], ReflectionVerbs.Next, ct).ConfigureAwait(false)
                        ?? throw new InvalidOperationException("Next did not answer with a card.");
                }, host.Storage, allocations, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    internal static async Task SendProactiveAsync(SupervisionBotAdapter adapter, TeamsTraffic traffic, Uri serviceUrl, int user, string key, CancellationToken cancellationToken)
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl.ToString(),
            Conversation = new ConversationAccount(id: traffic.ConversationId(user), conversationType: "personal", tenantId: TeamsTraffic.TenantId),
            Bot = new ChannelAccount("28:supervisionbot-benchmark", "SupervisionBot"),
            User = new ChannelAccount("29:bench-" + user.ToString(CultureInfo.InvariantCulture), aadObjectId: traffic.AadObjectId(user)),
        };
        await adapter.ContinueConversationAsync(
            string.Empty,
            reference,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(ConnectorStub.ProactivePrefix + key), ct),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a reflection for each of <paramref name="users"/> and presses Next <paramref name="presses"/> times: their cards.</summary>
    internal static async Task<JsonObject[]> StartAllAsync(TeamsTraffic traffic, ConnectorStub stub, int users, string command, int presses, CancellationToken cancellationToken)
    {
        var cards = new JsonObject[users];
        await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (user, ct) =>
        {
            using (var response = await traffic.MessageAsync(user, command, ct).ConfigureAwait(false))
            {
                TeamsTraffic.EnsureOk(response);
            }

            var card = stub.LastCard(traffic.ConversationId(user)) ?? throw new InvalidOperationException($"'{command}' sent no card.");
            for (var press = 0; press < presses; press++)
            {
                card = await traffic.PressAsync(user, card, ReflectionVerbs.Next, ct).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("Next did not answer with a card.");
            }

            cards[user] = card;
        }).ConfigureAwait(false);
        return cards;
    }

    private static async Task<TurnFigures> MeasureConfirmAsync(
        string kind, string pass, BenchmarkBotHost host, HttpClient http, ConnectorStub stub, int count, int warmup, List<string> failures, AllocationBreakdown? sampler, CancellationToken cancellationToken)
    {
        // The quick check-in has three cards, then the review with Confirm.
        var traffic = new TeamsTraffic(http, host.Endpoint, stub.ServiceUrl, pass + "confirm-" + kind.GetHashCode(StringComparison.Ordinal).ToString("x8", CultureInfo.InvariantCulture));
        var reviews = await StartAllAsync(traffic, stub, warmup + count, "quick", presses: 3, cancellationToken).ConfigureAwait(false);
        if (reviews.Any(card => !TeamsTraffic.Has(card, ReflectionVerbs.Confirm)))
        {
            throw new InvalidOperationException("A quick check-in did not reach its review card.");
        }

        var figures = await MeasureAsync(kind, count, warmup, async (i, ct) =>
        {
            var answer = await traffic.PressAsync(i, reviews[i], ReflectionVerbs.Confirm, ct).ConfigureAwait(false);
            if (answer is null || TeamsTraffic.Has(answer, ReflectionVerbs.Confirm))
            {
                throw new InvalidOperationException("Confirm did not close the reflection.");
            }
        }, host.Storage, sampler, cancellationToken).ConfigureAwait(false);
        if (figures.Storage.ArchiveWrites != count)
        {
            failures.Add($"{kind}: {figures.Storage.ArchiveWrites} archive writes for {count} confirms");
        }

        return figures;
    }

    private static async Task MessageAsync(TeamsTraffic traffic, int user, string text, CancellationToken cancellationToken)
    {
        using var response = await traffic.MessageAsync(user, text, cancellationToken).ConfigureAwait(false);
        TeamsTraffic.EnsureOk(response);
    }

    /// <summary>
    /// Unmeasured turns first (JIT, connections, caches), then the measured ones on fresh indices.
    /// The unmeasured turns come in two halves with a pause for the JIT between them: tiered
    /// compilation starts counting calls only once no new method has been compiled for a moment,
    /// so the second half is what promotes this kind's hot methods, before the measured turns.
    /// </summary>
    private static async Task<TurnFigures> MeasureAsync(
        string kind, int count, int warmup, Func<int, CancellationToken, Task> turn, StorageCallCounter? storage, AllocationBreakdown? sampler, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmup; i++)
        {
            if (i == warmup / 2)
            {
                await TurnMeter.JitSettledAsync(cancellationToken).ConfigureAwait(false);
            }

            await turn(i, cancellationToken).ConfigureAwait(false);
        }

        sampler?.Start();
        var figures = await TurnMeter.MeasureAsync(kind, count, warmup, turn, storage, cancellationToken).ConfigureAwait(false);
        sampler?.Stop(kind, count);
        return figures;
    }

    private static async Task PrintAsync(List<List<TurnFigures>> passes, int count, int warmup, bool blobSkipped, TextWriter stdout, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var rows = Enumerable.Range(0, passes[0].Count).Select(kind => TurnFigures.Median([.. passes.Select(pass => pass[kind])])).ToList();
        var cpuRatios = Enumerable.Range(0, rows.Count).Select(kind => passes.Select(pass => pass[kind].CpuMsPerTurn / Math.Max(pass[0].CpuMsPerTurn, 1e-9)).ToArray()).ToList();
        var echo = rows[0];
        var lines = new List<string>
        {
            string.Create(inv, $"Turn benchmark: {passes.Count} passes of {count:N0} measured turns per kind, one at a time, each after {warmup:N0} unmeasured; a warm pass of every kind first; {Environment.ProcessorCount} cores."),
            "The real host and the SDK's CloudAdapter echo bot run in this process on loopback, against one local connector stub;",
            "CPU and allocations are the whole process's (bot, driver and stub), so ratios to the echo bot are conservative.",
            "Each figure is the median pass; each CPU ratio is the median of the passes' ratios to the echo bot in the same pass.",
            string.Empty,
            string.Create(inv, $"{"kind",-26} {"CPU ms/turn",19} {"turns/s",19} {"p50 ms",17} {"p99 ms",17} {"alloc KB/turn",19}"),
        };
        for (var kind = 0; kind < rows.Count; kind++)
        {
            var row = rows[kind];
            var cpu = string.Create(inv, $"{row.CpuMsPerTurn:N2} ({TurnMeter.Percentile([.. cpuRatios[kind]], 0.5):0.00}x)");
            lines.Add(string.Create(inv,
                $"{row.Kind,-26} {cpu,19} {Pair(row.TurnsPerSecond, echo.TurnsPerSecond, "N0"),19} {Pair(row.P50Ms, echo.P50Ms, "N2"),17} {Pair(row.P99Ms, echo.P99Ms, "N2"),17} {Pair(row.AllocatedBytesPerTurn / 1024, echo.AllocatedBytesPerTurn / 1024, "N1"),19}"));
        }

        lines.Add(string.Empty);
        lines.Add(string.Create(inv, $"{"CPU ratio in each pass",-26} {string.Join(' ', Enumerable.Range(1, passes.Count).Select(pass => $"{"pass " + pass,7}"))}"));
        for (var kind = 1; kind < rows.Count; kind++)
        {
            lines.Add(string.Create(inv, $"{rows[kind].Kind,-26} {string.Join(' ', cpuRatios[kind].Select(ratio => $"{ratio,6:0.00}x"))}"));
        }

        if (blobSkipped)
        {
            lines.Add("confirm (blob storage): skipped (give --azurite or --connection-string)");
        }

        lines.Add(string.Empty);
        lines.Add(string.Create(inv, $"{"store calls per turn",-26} {"reads",7} {"writes",7} {"deletes",8} {"archive writes",15}"));
        foreach (var row in rows.Skip(1))
        {
            double PerTurn(long calls) => (double)calls / row.Turns;
            lines.Add(string.Create(inv,
                $"{row.Kind,-26} {PerTurn(row.Storage.Reads),7:N2} {PerTurn(row.Storage.Writes),7:N2} {PerTurn(row.Storage.Deletes),8:N2} {PerTurn(row.Storage.ArchiveWrites),15:N2}"));
        }

        // Dynamic methods the SDK emits on every turn are compiled on every turn: that is part of the cost, not warm-up.
        lines.Add(string.Empty);
        lines.Add(string.Create(inv, $"{"JIT in the measured turns",-26} {"ms/turn",9} {"methods",9}"));
        foreach (var row in rows)
        {
            lines.Add(string.Create(inv, $"{row.Kind,-26} {row.JitMsPerTurn,9:N3} {row.JitMethods,9:N0}"));
        }

        foreach (var line in lines)
        {
            await stdout.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Pair(double value, double echo, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.ToString(format, CultureInfo.InvariantCulture)} ({value / Math.Max(echo, 1e-9):0.00}x)");

    private static bool TryParse(IReadOnlyList<string> args, out Options options, out string error)
    {
        var arguments = CommandArguments.Parse(args, ["--count", "--passes", "--users", "--seconds", "--proactive", "--connection-string", "--only"], ["--azurite", "--load", "--allocations"]);
        var defaults = new Options();
        options = new Options(
            arguments.Count("--count", defaults.Count),
            arguments.Text("--connection-string"),
            arguments.Flag("--azurite"),
            arguments.Flag("--load"),
            arguments.Count("--users", defaults.Users),
            arguments.Count("--seconds", defaults.Seconds),
            arguments.Count("--proactive", defaults.Proactive),
            arguments.Some("--only", Options.Kinds),
            arguments.Flag("--allocations"),
            arguments.Count("--passes", defaults.Passes));
        arguments.NotBoth("--azurite", "--connection-string");
        error = arguments.Error ?? string.Empty;
        return arguments.Error is null;
    }

    private sealed record Options(
        int Count = 500,
        string? ConnectionString = null,
        bool StartAzurite = false,
        bool Load = false,
        int Users = 64,
        int Seconds = 60,
        int Proactive = 1000,
        IReadOnlyList<string>? Only = null,
        bool Allocations = false,
        int Passes = 3)
    {
        /// <summary>The kinds <c>--only</c> may name; the echo bot is always measured, as the baseline.</summary>
        public static readonly IReadOnlyList<string> Kinds = ["help", "open", "card", "confirm", "proactive"];

        public bool Measures(string kind) => Only is null || Only.Contains(kind);
    }
}
