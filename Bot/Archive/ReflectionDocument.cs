using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// A confirmed reflection as archived: one versioned JSON document per reflection, identified by
/// the session id so that saving it again changes nothing. It holds pseudonymised personal data
/// (the author is a pseudonym, the texts were anonymised before confirming), so it is subject to
/// access control, retention and deletion like any personal data. Redaction-only answers (such as
/// a client's first name) are never part of it.
/// </summary>
internal sealed record ReflectionDocument
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The layout of this document; readers refuse versions they do not know.</summary>
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The reflection session's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The therapist's pseudonym, never a Teams or AAD id.</summary>
    public required string Author { get; init; }

    /// <summary>The pseudonym of the supervision group the reflection belongs to, if known.</summary>
    public string? Group { get; init; }

    public required ReflectionSharing Sharing { get; init; }

    /// <summary>The therapist asked their supervisor for contact before the next meeting (the safeguarding offer).</summary>
    public bool RequestsSupervisorContact { get; init; }

    /// <summary>The id of the flow the reflection followed.</summary>
    public required string Flow { get; init; }

    public required string FlowTitle { get; init; }

    /// <summary>The label the therapist gave the case, such as "Client A", for flows that ask for one.</summary>
    public string? CaseLabel { get; init; }

    /// <summary>Rating inputs: input id to the value of the point chosen.</summary>
    public ImmutableSortedDictionary<string, string> Ratings { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Single-choice, multi-select and toggle inputs: input id to the values chosen (a toggle is "true" or "false").</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Choices { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Text inputs: input id to what the therapist wrote, already anonymised.</summary>
    public ImmutableSortedDictionary<string, string> Texts { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset ConfirmedAt { get; init; }

    /// <summary>
    /// Whether this document belongs in <paramref name="group"/>'s shared reflections for
    /// [<paramref name="from"/>, <paramref name="to"/>). Both archives find candidates through an
    /// index and let the document itself decide, since an index can be stale.
    /// </summary>
    internal bool IsSharedWith(string group, DateTimeOffset from, DateTimeOffset to) =>
        Sharing == ReflectionSharing.Group && Group == group && ConfirmedAt >= from && ConfirmedAt < to;

    /// <summary>
    /// The document for a confirmed session. Every answer lands in <see cref="Ratings"/>,
    /// <see cref="Choices"/> or <see cref="Texts"/> by its input's kind, except the sharing choice,
    /// the safeguarding offer and the case label, which have fields of their own, and redaction-only
    /// inputs, which are never archived.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The session is not confirmed, is not of <paramref name="flow"/>, or the author or group is not a pseudonym.
    /// </exception>
    public static ReflectionDocument From(
        ReflectionSession session,
        FlowDefinition flow,
        string author,
        string? group,
        DateTimeOffset confirmedAt)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(flow);
        ArchiveLayout.ValidAuthor(author);
        if (group is not null)
        {
            ArchiveLayout.ValidGroup(group);
        }

        if (session.FlowId != flow.Id)
        {
            throw new ArgumentException($"Session {session.Id} follows flow '{session.FlowId}', not '{flow.Id}'.", nameof(flow));
        }

        var outcome = ReflectionOutcome.Of(session)
            ?? throw new ArgumentException($"Session {session.Id} is {session.Status}; only a confirmed reflection is archived.", nameof(session));

        var ratings = ImmutableSortedDictionary.CreateBuilder<string, string>();
        var choices = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>();
        var texts = ImmutableSortedDictionary.CreateBuilder<string, string>();
        string? caseLabel = null;
        foreach (var (inputId, answer) in session.Answers)
        {
            var input = flow.FindInput(inputId)
                ?? throw new ArgumentException($"Session {session.Id} answers '{inputId}', which flow '{flow.Id}' does not have.", nameof(session));
            if (input.IsRedactionOnly || inputId == CommonInputs.Sharing || inputId == CommonInputs.RequestSupervisorContact)
            {
                continue;
            }

            if (inputId == flow.CaseLabel && answer is AnswerValue.Text label)
            {
                caseLabel = label.Value;
                continue;
            }

            switch (input.Kind, answer)
            {
                case (InputKind.Rating, AnswerValue.Choice point):
                    ratings.Add(inputId.Value, point.Value);
                    break;
                case (InputKind.SingleChoice, AnswerValue.Choice choice):
                    choices.Add(inputId.Value, [choice.Value]);
                    break;
                case (InputKind.MultiSelect, AnswerValue.Choices ticked):
                    choices.Add(inputId.Value, ticked.Values);
                    break;
                case (InputKind.Toggle, AnswerValue.Toggle toggle):
                    choices.Add(inputId.Value, [RawAnswers.Format(toggle)]);
                    break;
                case (InputKind.ShortText or InputKind.LongText, AnswerValue.Text text):
                    texts.Add(inputId.Value, text.Value);
                    break;
                default:
                    throw new ArgumentException(
                        $"Session {session.Id} holds a {answer.GetType().Name} answer for '{inputId}', a {input.Kind} input.", nameof(session));
            }
        }

        return new ReflectionDocument
        {
            Id = session.Id,
            Author = author,
            Group = group,
            Sharing = ReflectionSharingNames.From(outcome.Sharing),
            RequestsSupervisorContact = outcome.RequestsSupervisorContact,
            Flow = flow.Id.Value,
            FlowTitle = flow.Title,
            CaseLabel = caseLabel,
            Ratings = ratings.ToImmutable(),
            Choices = choices.ToImmutable(),
            Texts = texts.ToImmutable(),
            StartedAt = session.CreatedAt,
            ConfirmedAt = confirmedAt,
        };
    }

    /// <summary>Equal when every field is, with the answer maps compared by content rather than by reference.</summary>
    public bool Equals(ReflectionDocument? other) =>
        other is not null
        && SchemaVersion == other.SchemaVersion
        && Id == other.Id
        && Author == other.Author
        && Group == other.Group
        && Sharing == other.Sharing
        && RequestsSupervisorContact == other.RequestsSupervisorContact
        && Flow == other.Flow
        && FlowTitle == other.FlowTitle
        && CaseLabel == other.CaseLabel
        && StartedAt == other.StartedAt
        && ConfirmedAt == other.ConfirmedAt
        && Ratings.SequenceEqual(other.Ratings)
        && Texts.SequenceEqual(other.Texts)
        && Choices.Count == other.Choices.Count
        && Choices.All(pair => other.Choices.TryGetValue(pair.Key, out var values) && values.SequenceEqual(pair.Value));

    // Id and author identify a document; equal documents always share them.
    public override int GetHashCode() => HashCode.Combine(Id, Author);
}
