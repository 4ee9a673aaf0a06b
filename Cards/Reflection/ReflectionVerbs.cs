using System.Collections.Frozen;
using SupervisionBot.Dialogs.Engine;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// The Universal Action verbs of reflection buttons. A session button's verb names the engine
/// action (<see cref="For"/>, <see cref="TryParse"/>); its data also carries the session stamp
/// (<see cref="SessionButtons"/>).
/// </summary>
public static class ReflectionVerbs
{
    public const string Next = "reflection.next";
    public const string Back = "reflection.back";
    public const string Skip = "reflection.skip";
    public const string Save = "reflection.save";
    public const string Edit = "reflection.edit";
    public const string Confirm = "reflection.confirm";
    public const string Discard = "reflection.discard";
    public const string Hide = "reflection.hide";

    /// <summary>
    /// Pick up the therapist's open reflection. From a step card it carries the stamp like any
    /// session button; from a notice it carries nothing, and the bot finds the open reflection itself.
    /// </summary>
    public const string Resume = "reflection.resume";

    /// <summary>Discard the open reflection and start the flow named in the data's <c>argument</c>.</summary>
    public const string DiscardAndStart = "reflection.discardAndStart";

    /// <summary>Start a new reflection; the data's <c>argument</c>, when present, names the flow.</summary>
    public const string Start = "reflect";

    public static IReadOnlySet<string> All { get; } =
        FrozenSet.ToFrozenSet([Next, Back, Skip, Save, Edit, Confirm, Discard, Hide, Resume, DiscardAndStart, Start], StringComparer.Ordinal);

    /// <summary>The verb of a button that asks the engine for <paramref name="verb"/>.</summary>
    public static string For(SessionVerb verb) => verb switch
    {
        SessionVerb.Answer => Next,
        SessionVerb.Skip => Skip,
        SessionVerb.Back => Back,
        SessionVerb.Edit => Edit,
        SessionVerb.Confirm => Confirm,
        SessionVerb.Cancel => Discard,
        SessionVerb.SaveForLater => Save,
        SessionVerb.Resume => Resume,
        SessionVerb.HideWords => Hide,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Unknown session verb."),
    };

    /// <summary>The engine verb a button verb asks for; false for a verb that is not a session action.</summary>
    public static bool TryParse(string verb, out SessionVerb sessionVerb)
    {
        foreach (var candidate in Enum.GetValues<SessionVerb>())
        {
            if (For(candidate) == verb)
            {
                sessionVerb = candidate;
                return true;
            }
        }

        sessionVerb = default;
        return false;
    }
}
