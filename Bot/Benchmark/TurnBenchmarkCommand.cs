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
        "Usage: bench [--count N] [--azurite | --connection-string <Azure Storage>] [--load [--users N] [--seconds N] [--proactive N]]\n" +
        "  --count              measured turns per kind (default 500), after a tenth as many unmeasured\n" +
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

        var warmup = Math.Max(5, options.Count / 10);
        var total = warmup + options.Count;
        var rows = new List<TurnFigures>();
        var failures = new List<string>();

        var echoTraffic = new TeamsTraffic(http, echoEndpoint, stub.ServiceUrl, "echo");
        rows.Add(await MeasureAsync("echo bot (SDK)", options.Count, warmup, (i, ct) => MessageAsync(echoTraffic, i, "hello", ct), null, cancellationToken).ConfigureAwait(false));

        var helpTraffic = new TeamsTraffic(http, local.Endpoint, stub.ServiceUrl, "help");
        rows.Add(await MeasureAsync("help", options.Count, warmup, (i, ct) => MessageAsync(helpTraffic, i, "help", ct), local.Storage, cancellationToken).ConfigureAwait(false));

        // A typed command that looks at the open reflection twice (settling it, then the command).
        var openTraffic = new TeamsTraffic(http, local.Endpoint, stub.ServiceUrl, "open");
        await StartAllAsync(openTraffic, stub, total, "reflect", presses: 0, cancellationToken).ConfigureAwait(false);
        rows.Add(await MeasureAsync("reflect, one already open", options.Count, warmup, (i, ct) => MessageAsync(openTraffic, i, "reflect", ct), local.Storage, cancellationToken).ConfigureAwait(false));

        // Each therapist moves on at most six cards, so none reaches the review in the measured turns.
        var stepTraffic = new TeamsTraffic(http, local.Endpoint, stub.ServiceUrl, "step");
        var stepUsers = (total + 5) / 6;
        var stepCards = await StartAllAsync(stepTraffic, stub, stepUsers, "reflect", presses: 0, cancellationToken).ConfigureAwait(false);
        rows.Add(await MeasureAsync("card action (next card)", options.Count, warmup, async (i, ct) =>
        {
            var user = i % stepUsers;
            stepCards[user] = await stepTraffic.PressAsync(user, stepCards[user], ReflectionVerbs.Next, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException("Next did not answer with a card.");
        }, local.Storage, cancellationToken).ConfigureAwait(false));

        rows.Add(await MeasureConfirmAsync("confirm (local folder)", local, http, stub, options.Count, warmup, failures, cancellationToken).ConfigureAwait(false));
        if (blob is not null)
        {
            rows.Add(await MeasureConfirmAsync("confirm (blob storage)", blob, http, stub, options.Count, warmup, failures, cancellationToken).ConfigureAwait(false));
        }

        var adapter = local.Services.GetRequiredService<SupervisionBotAdapter>();
        var proactiveTraffic = new TeamsTraffic(http, local.Endpoint, stub.ServiceUrl, "proactive");
        stub.ClearProactive();
        rows.Add(await MeasureAsync("proactive send", options.Count, warmup, (i, ct) =>
            SendProactiveAsync(adapter, proactiveTraffic, stub.ServiceUrl, i, i.ToString(CultureInfo.InvariantCulture), ct), local.Storage, cancellationToken).ConfigureAwait(false));
        if (stub.ProactiveByKey.Count != total || stub.ProactiveByKey.Values.Any(n => n != 1))
        {
            failures.Add($"proactive: {stub.ProactiveByKey.Count} of {total} keys arrived, some more than once");
        }

        await PrintAsync(rows, options.Count, warmup, blob is null, stdout, cancellationToken).ConfigureAwait(false);

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
        string kind, BenchmarkBotHost host, HttpClient http, ConnectorStub stub, int count, int warmup, List<string> failures, CancellationToken cancellationToken)
    {
        // The quick check-in has three cards, then the review with Confirm.
        var traffic = new TeamsTraffic(http, host.Endpoint, stub.ServiceUrl, "confirm-" + kind.GetHashCode(StringComparison.Ordinal).ToString("x8", CultureInfo.InvariantCulture));
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
        }, host.Storage, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Unmeasured turns first (JIT, connections, caches), then the measured ones on fresh indices.</summary>
    private static async Task<TurnFigures> MeasureAsync(
        string kind, int count, int warmup, Func<int, CancellationToken, Task> turn, StorageCallCounter? storage, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmup; i++)
        {
            await turn(i, cancellationToken).ConfigureAwait(false);
        }

        return await TurnMeter.MeasureAsync(kind, count, warmup, turn, storage, cancellationToken).ConfigureAwait(false);
    }

    private static async Task PrintAsync(List<TurnFigures> rows, int count, int warmup, bool blobSkipped, TextWriter stdout, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var echo = rows[0];
        var lines = new List<string>
        {
            string.Create(inv, $"Turn benchmark: {count:N0} measured turns per kind, one at a time, after {warmup:N0} unmeasured; {Environment.ProcessorCount} cores."),
            "The real host and the SDK's CloudAdapter echo bot run in this process on loopback, against one local connector stub;",
            "CPU and allocations are the whole process's (bot, driver and stub), so ratios to the echo bot are conservative.",
            string.Empty,
            string.Create(inv, $"{"kind",-26} {"CPU ms/turn",19} {"turns/s",19} {"p50 ms",17} {"p99 ms",17} {"alloc KB/turn",19}"),
        };
        foreach (var row in rows)
        {
            lines.Add(string.Create(inv,
                $"{row.Kind,-26} {Pair(row.CpuMsPerTurn, echo.CpuMsPerTurn, "N2"),19} {Pair(row.TurnsPerSecond, echo.TurnsPerSecond, "N0"),19} {Pair(row.P50Ms, echo.P50Ms, "N2"),17} {Pair(row.P99Ms, echo.P99Ms, "N2"),17} {Pair(row.AllocatedBytesPerTurn / 1024, echo.AllocatedBytesPerTurn / 1024, "N1"),19}"));
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

        foreach (var line in lines)
        {
            await stdout.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Pair(double value, double echo, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.ToString(format, CultureInfo.InvariantCulture)} ({value / Math.Max(echo, 1e-9):0.00}x)");

    private static bool TryParse(IReadOnlyList<string> args, out Options options, out string error)
    {
        var arguments = CommandArguments.Parse(args, ["--count", "--users", "--seconds", "--proactive", "--connection-string"], ["--azurite", "--load"]);
        var defaults = new Options();
        options = new Options(
            arguments.Count("--count", defaults.Count),
            arguments.Text("--connection-string"),
            arguments.Flag("--azurite"),
            arguments.Flag("--load"),
            arguments.Count("--users", defaults.Users),
            arguments.Count("--seconds", defaults.Seconds),
            arguments.Count("--proactive", defaults.Proactive));
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
        int Proactive = 1000);
}
