using System.Diagnostics.CodeAnalysis;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Cards.Reflection;

/// <summary>
/// Buttons that send one engine action, carrying the stamp of the session version the card
/// shows; and the way back, from a pressed button's data to that action.
/// </summary>
public static class SessionButtons
{
    internal static ExecuteAction For(string title, SessionVerb verb, SessionStamp stamp, StepId? editStep = null) =>
        ExecuteAction.For(title, DataFor(new SessionAction(verb, stamp, editStep)));

    /// <summary>The data of a button that asks the engine for <paramref name="action"/>.</summary>
    public static CardActionData DataFor(SessionAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new CardActionData(ReflectionVerbs.For(action.Verb))
        {
            Session = action.Stamp.SessionId,
            Step = action.Stamp.Step.Value,
            Version = action.Stamp.Version,
            EditStep = action.EditStep?.Value,
        };
    }

    /// <summary>
    /// The engine action a pressed button asks for. False when the verb is not a session verb or
    /// the stamp is missing or mangled (a notice's Resume carries none: the bot finds the reflection itself).
    /// </summary>
    public static bool TryRead(CardActionData data, [NotNullWhen(true)] out SessionAction? action)
    {
        ArgumentNullException.ThrowIfNull(data);
        action = null;
        if (!ReflectionVerbs.TryParse(data.Verb, out var verb)
            || data is not { Session: { } session, Step: { Length: > 0 } step, Version: { } version }
            || version < 0)
        {
            return false;
        }

        StepId? editStep = null;
        if (verb == SessionVerb.Edit)
        {
            if (string.IsNullOrEmpty(data.EditStep))
            {
                return false;
            }

            editStep = new StepId(data.EditStep);
        }

        action = new SessionAction(verb, new SessionStamp(session, new StepId(step), version), editStep);
        return true;
    }
}
