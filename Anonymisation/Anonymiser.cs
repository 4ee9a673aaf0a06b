using System.Text;
using System.Text.RegularExpressions;
using SupervisionBot.Anonymisation.Memory;
using SupervisionBot.Anonymisation.Recognisers;
using SupervisionBot.Anonymisation.Resolution;
using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation;

/// <summary>
/// Removes identifiers of clients and third parties from a reflection before it is stored, replacing each with
/// a readable tag (<c>[CLIENT]</c>, <c>[PERSON-1]</c>, <c>[PHONE]</c>). Deterministic, rule-based and
/// fail-closed: if it cannot finish within its time budget it throws <see cref="AnonymisationFailedException"/>
/// and nothing should be stored. The result is pseudonymised, not anonymous, data.
/// </summary>
public sealed class Anonymiser
{
    // Order does not matter for correctness (overlaps are resolved afterwards); it is cheapest-first so an
    // exhausted budget is noticed early.
    private static readonly IRecogniser[] Recognisers =
    [
        new EmailRecogniser(),
        new UrlRecogniser(),
        new HandleRecogniser(),
        new IpAddressRecogniser(),
        new PaymentCardRecogniser(),
        new NhsNumberRecogniser(),
        new NiNumberRecogniser(),
        new SsnRecogniser(),
        new PhoneRecogniser(),
        new SpokenPhoneRecogniser(),
        new PostcodeRecogniser(),
        new EircodeRecogniser(),
        new ZipCodeRecogniser(),
        new IdNumberRecogniser(),
        new AddressRecogniser(),
        new DateRecogniser(),
        new AgeRecogniser(),
        new DeclaredNameRecogniser(),
        new OrganisationRecogniser(),
        new PlaceRecogniser(),
        new PersonRecogniser(),
        new SpelledOutNameRecogniser(),
    ];

    private readonly AnonymiserOptions _options;

    public Anonymiser()
        : this(new AnonymiserOptions())
    {
    }

    public Anonymiser(AnonymiserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TimeBudget, TimeSpan.Zero);
        _options = options;
    }

    /// <summary>Anonymises one text.</summary>
    public AnonymisationResult Anonymise(string text, DeclaredNames declared, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Anonymise([text], declared, ct)[0];
    }

    /// <summary>
    /// Anonymises the fields of one reflection together: a name found in any field is removed from all of
    /// them, and tags are numbered consistently across them.
    /// </summary>
    public IReadOnlyList<AnonymisationResult> Anonymise(IReadOnlyList<string> texts, DeclaredNames declared, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(declared);
        var budget = new TimeBudget(_options.TimeProvider, _options.TimeBudget, ct);
        try
        {
            return Run(texts, new DeclaredNameSet(declared), null, budget);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new AnonymisationFailedException("A recogniser timed out; the text was not stored.", ex);
        }
    }

    /// <summary>
    /// Anonymises one step of a reflection answered over several turns. Everything <paramref name="memory"/>
    /// remembers from earlier steps is removed again with the same tag (<c>[PERSON-2]</c> stays
    /// <c>[PERSON-2]</c>), new people, places and organisations are numbered after the remembered ones, and the
    /// returned memory adds what this step found (and the declared client's forms), as keyed hashes only.
    /// </summary>
    public MemoryAnonymisationResult Anonymise(IReadOnlyList<string> texts, DeclaredNames declared, RedactionMemory memory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(memory);
        var budget = new TimeBudget(_options.TimeProvider, _options.TimeBudget, ct);
        try
        {
            var withDeclared = memory.WithDeclared(declared);
            budget.ThrowIfExhausted();
            using var hasher = new FormHasher(withDeclared.Key);
            var callMemory = new CallMemory(withDeclared, hasher);
            var results = Run(texts, new DeclaredNameSet(declared), callMemory, budget);
            return new MemoryAnonymisationResult(results, withDeclared.With(callMemory.Learned));
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new AnonymisationFailedException("A recogniser timed out; the text was not stored.", ex);
        }
    }

    private static AnonymisationResult[] Run(IReadOnlyList<string> texts, DeclaredNameSet declared, CallMemory? memory, TimeBudget budget)
    {
        var scans = new ScannedText[texts.Count];
        var candidates = new List<Candidate>[texts.Count];
        var registry = new NameRegistry();
        for (var t = 0; t < texts.Count; t++)
        {
            ArgumentNullException.ThrowIfNull(texts[t], nameof(texts));
            scans[t] = new ScannedText(texts[t], declared, budget);
            candidates[t] = [];
            foreach (var recogniser in Recognisers)
            {
                budget.ThrowIfExhausted();
                recogniser.Recognise(scans[t], candidates[t]);
            }

            if (memory is not null)
            {
                RememberedNameRecogniser.Recognise(scans[t], memory, candidates[t]);
            }

            registry.Register(scans[t], ResolveWithNeighbours(scans[t], candidates[t]));
        }

        var numbering = new TagNumbering(memory);
        var results = new AnonymisationResult[texts.Count];
        for (var t = 0; t < texts.Count; t++)
        {
            budget.ThrowIfExhausted();
            registry.Propagate(scans[t], candidates[t]);
            var spans = ResolveWithNeighbours(scans[t], candidates[t]);
            results[t] = new AnonymisationResult(Rewrite(texts[t], spans, numbering), spans);
        }

        budget.ThrowIfExhausted();
        return results;
    }

    private static List<RedactedSpan> ResolveWithNeighbours(ScannedText scan, List<Candidate> candidates)
    {
        var spans = SpanResolver.Resolve(scan.Text, candidates);
        return NameNeighbours.Add(scan, spans, candidates) ? SpanResolver.Resolve(scan.Text, candidates) : spans;
    }

    private static string Rewrite(string text, List<RedactedSpan> spans, TagNumbering numbering)
    {
        if (spans.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + (spans.Count * 8));
        var position = 0;
        foreach (var span in spans)
        {
            builder.Append(text, position, span.Start - position);
            builder.Append(numbering.TagFor(span.Type, text.AsSpan(span.Start, span.Length)));
            position = span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
