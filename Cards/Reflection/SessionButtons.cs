using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Cards.Reflection;

/// <summary>Buttons that send one engine action, carrying the stamp of the session version the card shows.</summary>
internal static class SessionButtons
{
    public static ExecuteAction For(string title, SessionVerb verb, SessionStamp stamp, StepId? editStep = null)
    {
        var data = new CardActionData(ReflectionVerbs.For(verb))
        {
            Session = new SessionAction(verb, stamp, editStep).ToCardData(),
        };
        return ExecuteAction.For(title, data);
    }
}
