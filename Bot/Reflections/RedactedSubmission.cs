using System.Collections.Immutable;
using SupervisionBot.Anonymisation;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Bot.Reflections;

/// <summary>A card submission after identifiers were removed from its written answers.</summary>
/// <param name="Values">What goes to the engine.</param>
/// <param name="Memory">What the anonymiser knows now, to keep (as hashes) if the step is accepted.</param>
/// <param name="Errors">Field errors that stop the submission; empty when it can go on.</param>
internal sealed record RedactedSubmission(
    IReadOnlyDictionary<string, string> Values,
    RedactionMemory Memory,
    ImmutableArray<ValidationError> Errors);
