using System.Collections.Immutable;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>
/// "Show this question when that earlier answer calls for it": holds when the choice, rating or
/// multi-select input <see cref="Input"/> has any of <see cref="AnyOf"/> picked. It lets a flow
/// ask a follow-up (a contact offer after a risk concern, a deeper prompt the therapist opted
/// into) only when it is needed, which keeps a reflection short for everyone else.
/// </summary>
public sealed record InputCondition(InputId Input, ImmutableArray<string> AnyOf)
{
    /// <summary>Holds when any of <paramref name="choices"/> is picked in <paramref name="input"/>.</summary>
    public static InputCondition Chosen(InputId input, params Choice[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new(input, [.. choices.Select(choice => choice.Value)]);
    }

    public bool Holds(IReadOnlyDictionary<InputId, AnswerValue> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ImmutableArray<string> picked = answers.GetValueOrDefault(Input) switch
        {
            AnswerValue.Choice single => [single.Value],
            AnswerValue.Choices many => many.Values,
            _ => [],
        };
        return picked.Any(value => AnyOf.Contains(value, StringComparer.Ordinal));
    }
}
