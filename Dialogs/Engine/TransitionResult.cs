using System.Collections.Immutable;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// The outcome of an engine action: the session after it (unchanged when rejected, so the edge can
/// re-render where the therapist really is) and, when rejected, why.
/// </summary>
public sealed record TransitionResult
{
    private TransitionResult(ReflectionSession session, Rejection? rejection, ImmutableArray<string> redactionTerms)
    {
        Session = session;
        Rejection = rejection;
        RedactionTerms = redactionTerms;
    }

    public ReflectionSession Session { get; }

    public Rejection? Rejection { get; }

    public bool IsSuccess => Rejection is null;

    /// <summary>
    /// Values typed into redaction-only inputs with this action, such as the client's first name.
    /// They are handed over once, here, for the caller to remove from later text, and are in no
    /// session. Hold them no longer than the reflection lasts.
    /// </summary>
    public ImmutableArray<string> RedactionTerms { get; }

    internal static TransitionResult Success(ReflectionSession session, ImmutableArray<string> redactionTerms = default) =>
        new(session, null, redactionTerms.IsDefault ? [] : redactionTerms);

    internal static TransitionResult Rejected(ReflectionSession unchanged, Rejection rejection) =>
        new(unchanged, rejection, []);
}
