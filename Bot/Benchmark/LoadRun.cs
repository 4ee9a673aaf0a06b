using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Cards.Reflection;

namespace SupervisionBot.Bot.Benchmark;

/// <summary>
/// <c>bench --load</c>: simulated therapists doing full reflections concurrently, for a fixed
/// time, twice: once alone and once while proactive messages are sent (a share of them refused
/// by the connector with 429 or 503, to be retried). Checks that no turn failed, that every
/// confirmed reflection was archived exactly once, and that every proactive message arrived
/// exactly once; prints turn latencies for both phases.
/// </summary>
internal static class LoadRun
{
    private const int RefuseOneIn = 20;
    private const int ProactiveSenders = 4;

    public static async Task<IReadOnlyList<string>> RunAsync(
        BenchmarkBotHost host, HttpClient http, ConnectorStub stub, int users, TimeSpan duration, int proactive, TextWriter stdout, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var failures = new List<string>();
        await stdout.WriteLineAsync(string.Create(inv,
            $"\nLoad: {users} therapists doing full reflections at once, {duration.TotalSeconds:N0} s per phase; {proactive:N0} proactive messages in the second phase, one in {RefuseOneIn} refused by the connector (429 with Retry-After, or 503).").AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(inv,
            $"{"phase",-22} {"turns",7} {"turns/s",8} {"p50 ms",8} {"p99 ms",8} {"5xx",5} {"errors",7} {"confirmed",10} {"archived",9} {"lost",5} {"dupes",6}").AsMemory(), cancellationToken).ConfigureAwait(false);

        var quiet = await PhaseAsync("alone", "load-a", host, http, stub, users, duration, 0, failures, cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(quiet.Line.AsMemory(), cancellationToken).ConfigureAwait(false);
        stub.ClearProactive();
        stub.RefuseOneIn = RefuseOneIn;
        var refusedBefore = stub.Refused;
        PhaseResult busy;
        try
        {
            busy = await PhaseAsync(string.Create(inv, $"with {proactive:N0} proactive"), "load-b", host, http, stub, users, duration, proactive, failures, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stub.RefuseOneIn = 0;
        }

        await stdout.WriteLineAsync(busy.Line.AsMemory(), cancellationToken).ConfigureAwait(false);
        var arrived = stub.ProactiveByKey;
        var once = arrived.Values.Count(n => n == 1);
        var twice = arrived.Values.Count(n => n > 1);
        await stdout.WriteLineAsync(string.Create(inv,
            $"proactive: {proactive:N0} sent, {once:N0} arrived once, {twice:N0} more than once, {proactive - arrived.Count:N0} missing; {stub.Refused - refusedBefore:N0} refused by the connector and retried; sending took {busy.ProactiveSeconds:N1} s").AsMemory(), cancellationToken).ConfigureAwait(false);
        var ratio = busy.P99 / Math.Max(quiet.P99, 1e-9);
        await stdout.WriteLineAsync(string.Create(inv,
            $"user-turn p99 with proactive sending: {ratio:0.00}x the p99 without it ({(ratio <= 2 ? "within" : "NOT within")} 2x)").AsMemory(), cancellationToken).ConfigureAwait(false);
        if (once != proactive)
        {
            failures.Add(string.Create(inv, $"proactive: {once} of {proactive} arrived exactly once"));
        }

        return failures;
    }

    private static async Task<PhaseResult> PhaseAsync(
        string name, string run, BenchmarkBotHost host, HttpClient http, ConnectorStub stub, int users, TimeSpan duration, int proactive, List<string> failures, CancellationToken cancellationToken)
    {
        var traffic = new TeamsTraffic(http, host.Endpoint, stub.ServiceUrl, run);
        var latencies = new ConcurrentQueue<double>();
        var confirmed = new int[users];
        var serverErrors = 0;
        var errors = 0;
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(duration);

        async Task<T> TimedAsync<T>(Func<Task<T>> turn)
        {
            var turnStarted = clock.GetTimestamp();
            try
            {
                return await turn().ConfigureAwait(false);
            }
            finally
            {
                latencies.Enqueue(clock.GetElapsedTime(turnStarted).TotalMilliseconds);
            }
        }

        async Task TherapistAsync(int user)
        {
            var conversation = traffic.ConversationId(user);
            while (!deadline.IsCancellationRequested)
            {
                try
                {
                    stub.ForgetCard(conversation);
                    await TimedAsync(async () =>
                    {
                        using var response = await traffic.MessageAsync(user, "reflect", cancellationToken).ConfigureAwait(false);
                        TeamsTraffic.EnsureOk(response);
                        return true;
                    }).ConfigureAwait(false);
                    var card = stub.LastCard(conversation) ?? throw new InvalidOperationException("reflect sent no card");
                    for (var presses = 0; TeamsTraffic.Has(card, ReflectionVerbs.Next) && presses < 20; presses++)
                    {
                        var current = card;
                        card = await TimedAsync(() => traffic.PressAsync(user, current, ReflectionVerbs.Next, cancellationToken)).ConfigureAwait(false)
                            ?? throw new InvalidOperationException("Next did not answer with a card");
                    }

                    var review = card;
                    var answer = await TimedAsync(() => traffic.PressAsync(user, review, ReflectionVerbs.Confirm, cancellationToken)).ConfigureAwait(false);
                    if (answer is null || TeamsTraffic.Has(answer, ReflectionVerbs.Confirm))
                    {
                        throw new InvalidOperationException("Confirm did not close the reflection");
                    }

                    confirmed[user]++;
                }
                catch (HttpRequestException exception) when (exception.StatusCode is >= HttpStatusCode.InternalServerError)
                {
                    Interlocked.Increment(ref serverErrors);
                }
                catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }

        var adapter = host.Services.GetRequiredService<SupervisionBotAdapter>();
        var proactiveSeconds = 0.0;
        async Task ProactiveAsync()
        {
            // A bounded number of senders, paced over the phase: sends wait their turn rather
            // than queue without limit, and user turns keep the rest of the machine.
            var proactiveStarted = clock.GetTimestamp();
            await Parallel.ForAsync(0, proactive, new ParallelOptions { MaxDegreeOfParallelism = ProactiveSenders, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var due = duration * 0.9 * i / proactive;
                var wait = due - clock.GetElapsedTime(proactiveStarted);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, ct).ConfigureAwait(false);
                }

                await TurnBenchmarkCommand.SendProactiveAsync(adapter, traffic, stub.ServiceUrl, i % users, i.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
            proactiveSeconds = clock.GetElapsedTime(proactiveStarted).TotalSeconds;
        }

        var therapists = Enumerable.Range(0, users).Select(TherapistAsync).ToList();
        var sending = proactive > 0 ? ProactiveAsync() : Task.CompletedTask;
        await Task.WhenAll(therapists).ConfigureAwait(false);
        var elapsed = clock.GetElapsedTime(started);
        await sending.ConfigureAwait(false);

        // Every confirmed reflection is in the archive once; none is there twice or missing.
        var archive = host.Services.GetRequiredService<IReflectionArchive>();
        var pseudonyms = host.Services.GetRequiredService<Pseudonymizer>();
        var (archived, lost, duplicated) = (0, 0, 0);
        for (var user = 0; user < users; user++)
        {
            var ids = new List<Guid>();
            await foreach (var document in archive.ListAllByAuthorAsync(pseudonyms.ForUser(TeamsTraffic.TenantId, traffic.AadObjectId(user)), cancellationToken).ConfigureAwait(false))
            {
                ids.Add(document.Id);
            }

            archived += ids.Count;
            lost += Math.Max(0, confirmed[user] - ids.Distinct().Count());
            duplicated += ids.Count - ids.Distinct().Count() + Math.Max(0, ids.Distinct().Count() - confirmed[user]);
        }

        var all = latencies.ToArray();
        var p50 = TurnMeter.Percentile(all, 0.50);
        var p99 = TurnMeter.Percentile(all, 0.99);
        var total = confirmed.Sum();
        if (serverErrors > 0 || errors > 0 || lost > 0 || duplicated > 0 || total == 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"load {name}: {serverErrors} 5xx, {errors} other errors, {lost} lost, {duplicated} duplicated, {total} confirmed"));
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {all.Length,7:N0} {all.Length / elapsed.TotalSeconds,8:N0} {p50,8:N1} {p99,8:N1} {serverErrors,5} {errors,7} {total,10:N0} {archived,9:N0} {lost,5} {duplicated,6}");
        return new PhaseResult(line, p99, proactiveSeconds);
    }

    private sealed record PhaseResult(string Line, double P99, double ProactiveSeconds);
}
