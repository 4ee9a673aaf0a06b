using System.Globalization;
using System.Text.Json;
using SupervisionBot.Anonymisation.Evaluation;
using SupervisionBot.Anonymisation.Resolution;

namespace SupervisionBot.Anonymisation.Cli;

/// <summary>
/// The <c>anonymise</c> command: anonymise JSON lines (<c>--jsonl</c>), score the labelled corpus
/// (<c>--evaluate</c>), or time the anonymiser (<c>--benchmark</c>).
/// </summary>
public static class AnonymiseCommand
{
    private const string Usage =
        """
        usage: anonymise --jsonl                      read {"id","text","declared":{"client","aliases"}} lines from stdin
               anonymise --evaluate [corpus-folder] [--split dev|heldout|all]
               anonymise --benchmark [corpus-folder]
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var mode = args.Count > 0 ? args[0] : "";
        switch (mode)
        {
            case "--jsonl":
                return await RunJsonlAsync(stdin, stdout, stderr, ct).ConfigureAwait(false);
            case "--evaluate":
            case "--benchmark":
                var folder = FindFolder(args, stderr);
                if (folder is null)
                {
                    return 2;
                }

                var split = OptionValue(args, "--split") ?? "all";
                if (split is not ("dev" or "heldout" or "all"))
                {
                    await stderr.WriteLineAsync("--split must be dev, heldout or all.".AsMemory(), ct).ConfigureAwait(false);
                    return 2;
                }

                List<CorpusDocument> documents;
                try
                {
                    documents = ReadSplits(folder, split);
                }
                catch (Exception ex) when (ex is DirectoryNotFoundException or FormatException)
                {
                    await stderr.WriteLineAsync(ex.Message.AsMemory(), ct).ConfigureAwait(false);
                    return 2;
                }

                return mode == "--evaluate"
                    ? await EvaluateAsync(documents, split, stdout, ct).ConfigureAwait(false)
                    : await BenchmarkRunner.RunAsync(documents, stdout, ct).ConfigureAwait(false);
            default:
                await stderr.WriteLineAsync(Usage.AsMemory(), ct).ConfigureAwait(false);
                return 2;
        }
    }

    private static async Task<int> RunJsonlAsync(TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var anonymiser = new Anonymiser();
        var failures = 0;
        var lineNumber = 0;
        while (await stdin.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? id = null;
            string output;
            try
            {
                var request = JsonSerializer.Deserialize(line, CliJsonContext.Default.JsonlRequest)
                    ?? throw new JsonException("The line is JSON null.");
                id = request.Id;
                if (request.Text is null)
                {
                    throw new JsonException("The line has no \"text\".");
                }

                var declared = new DeclaredNames(request.Declared?.Client, request.Declared?.Aliases ?? [])
                {
                    OtherPeople = request.Declared?.OtherPeople ?? [],
                };
                var result = anonymiser.Anonymise(request.Text, declared, ct);
                var spans = result.Spans.Select(s => new JsonlSpan(s.Start, s.End, TagNumbering.TypeName(s.Type))).ToList();
                output = JsonSerializer.Serialize(new JsonlResponse(id, result.Text, spans), CliJsonContext.Default.JsonlResponse);
            }
            catch (Exception ex) when (ex is JsonException or AnonymisationFailedException)
            {
                // The message names the problem, never the text: it may hold identifiers.
                failures++;
                var message = ex is JsonException ? "invalid input line" : ex.Message;
                output = JsonSerializer.Serialize(new JsonlError(id, message), CliJsonContext.Default.JsonlError);
                await stderr.WriteLineAsync($"line {lineNumber}{(id is null ? "" : $" (id {id})")}: {message}".AsMemory(), ct).ConfigureAwait(false);
            }

            await stdout.WriteLineAsync(output.AsMemory(), ct).ConfigureAwait(false);
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> EvaluateAsync(IReadOnlyList<CorpusDocument> documents, string split, TextWriter stdout, CancellationToken ct)
    {
        var report = CorpusEvaluator.Evaluate(new Anonymiser(), documents, ct);
        var text = ReportWriter.Write(report, split);
        await stdout.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
        return 0;
    }

    private static List<CorpusDocument> ReadSplits(string folder, string split)
    {
        var splits = split == "all" ? ["dev", "heldout"] : new[] { split };
        return [.. splits.SelectMany(s => CorpusReader.ReadSplit(folder, s))];
    }

    private static string? FindFolder(IReadOnlyList<string> args, TextWriter stderr)
    {
        if (args.Count > 1 && !args[1].StartsWith("--", StringComparison.Ordinal))
        {
            return args[1];
        }

        var found = CorpusLocator.FindFrom(Directory.GetCurrentDirectory());
        if (found is null)
        {
            stderr.WriteLine("No Anonymisation/Corpus folder found above the current directory; pass the folder.");
        }

        return found;
    }

    private static string? OptionValue(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    internal static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}
