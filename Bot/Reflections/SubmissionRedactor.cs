using System.Collections.Immutable;
using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Telemetry;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Removes identifiers from what a therapist writes on a card before it reaches the engine, so
/// an open reflection never holds a name, not even in bot state. What the anonymiser learns
/// (the declared client name, people and places it found) is remembered between turns as keyed
/// hashes only, so a name found in one step is removed in every later one with the same tag.
/// </summary>
internal sealed class SubmissionRedactor(Anonymiser anonymiser, Pseudonymizer pseudonyms)
{
    internal const string LabelMessage =
        "This label looks like it contains a name or another identifying detail. Please use something like \"Client A\".";

    internal const string FailedMessage =
        "I couldn't check this text for names and other identifying details just now, so I haven't kept it. Please try again.";

    private readonly byte[] _key = pseudonyms.DerivedKey("declared-names");

    public RedactionMemory Restore(IEnumerable<string>? encoded) =>
        RedactionMemory.Restore(_key, (encoded ?? []).Select(RememberedFormCodec.Decode));

    public static IReadOnlyList<string> Encode(RedactionMemory memory) => [.. memory.Forms.Select(RememberedFormCodec.Encode)];

    /// <summary>
    /// The submission with the step's written answers anonymised, and the memory grown by what
    /// was found; or field errors when text could not be accepted (the anonymiser failed, or the
    /// case label identifies someone). Choices and the engine's own data pass through untouched,
    /// and so does a written answer exactly equal to what <paramref name="stored"/> says is kept
    /// for it already: that text was anonymised when it was kept (and again whenever the memory
    /// learnt something since), so going back a card and on again costs no second pass.
    /// </summary>
    public RedactedSubmission Redact(
        FlowDefinition flow,
        StepDefinition step,
        IReadOnlyDictionary<string, string> submission,
        RedactionMemory memory,
        Func<InputId, string?>? stored = null)
    {
        var declared = step.Inputs
            .Where(i => i.Sensitivity == InputSensitivity.RedactionOnly)
            .Select(i => submission.GetValueOrDefault(i.Id.Value))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var declaredNow = declared is null ? DeclaredNames.None : new DeclaredNames(declared.Trim(), []);
        if (declared is not null)
        {
            memory = memory.WithDeclared(declaredNow);
        }

        var written = step.Inputs
            .Where(i => i.Kind is InputKind.ShortText or InputKind.LongText && i.Sensitivity == InputSensitivity.Normal)
            .Where(i => !string.IsNullOrWhiteSpace(submission.GetValueOrDefault(i.Id.Value)))
            .Where(i => stored?.Invoke(i.Id) is not { } kept || !string.Equals(kept, submission[i.Id.Value], StringComparison.Ordinal))
            .ToList();
        if (written.Count == 0 && declared is null)
        {
            return new RedactedSubmission(submission, memory, []);
        }

        MemoryAnonymisationResult result;
        try
        {
            result = BotTelemetry.Anonymise(() => anonymiser.Anonymise([.. written.Select(i => submission[i.Id.Value])], declaredNow, memory));
        }
        catch (AnonymisationFailedException)
        {
            // Fail closed: nothing from this card is kept.
            var first = written.Count > 0 ? written[0].Id : step.Inputs[0].Id;
            return new RedactedSubmission(submission, memory, [new ValidationError(first, FailedMessage)]);
        }

        var redacted = submission.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        for (var i = 0; i < written.Count; i++)
        {
            var input = written[i];
            var text = result.Results[i].Text;
            if (input.Id == flow.CaseLabel && result.Results[i].Spans.Count > 0
                && !ContainsDeclared(submission[input.Id.Value], declared))
            {
                // A label is how the reflection will be known: ask for a better one rather than
                // storing "[PERSON-1]". (A label holding the declared name gets the engine's own message.)
                errors.Add(new ValidationError(input.Id, LabelMessage));
            }

            redacted[input.Id.Value] = text;
        }

        return new RedactedSubmission(redacted, result.Memory, errors.ToImmutable());
    }

    /// <summary>
    /// Every written answer of a session, anonymised again with what is known now, in one pass so
    /// that tags stay consistent across the answers.
    /// </summary>
    public ReflectionSession RedactAnswers(ReflectionSession session, RedactionMemory memory, DateTimeOffset now)
    {
        var written = session.Answers.Where(a => a.Value is AnswerValue.Text).ToList();
        if (written.Count == 0)
        {
            return session;
        }

        var results = BotTelemetry.Anonymise(() => anonymiser.Anonymise([.. written.Select(a => ((AnswerValue.Text)a.Value).Value)], DeclaredNames.None, memory)).Results;
        var redacted = written.Select((answer, i) => (answer.Key, results[i].Text)).ToDictionary(p => p.Key, p => p.Text);
        return ReflectionEngine.RewriteText(session, (id, text) => redacted.GetValueOrDefault(id, text), now);
    }

    private static bool ContainsDeclared(string label, string? declared) =>
        declared is not null && declared.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(part => label.Contains(part, StringComparison.OrdinalIgnoreCase));
}
