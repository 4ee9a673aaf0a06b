using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Engine;

/// <summary>
/// One button press on a card, as data: the verb, the stamp of the session version the card was
/// rendered from and, for an edit, the step to open. A card puts <see cref="ToCardData"/> into its
/// Action.Submit data; the submission comes back merged with the input values, and
/// <see cref="TryParse"/> reads the action out of it again.
/// </summary>
public sealed record SessionAction(SessionVerb Verb, SessionStamp Stamp, StepId? EditStep = null)
{
    /// <summary>
    /// Keys of the action data in a card submission. They start with an underscore, which no
    /// input id may contain, so they can never collide with an input.
    /// </summary>
    public static class Keys
    {
        public const string Verb = "_verb";
        public const string SessionId = "_session";
        public const string Step = "_step";
        public const string Version = "_version";
        public const string EditStep = "_editStep";
    }

    /// <summary>The key/value pairs a card's Action.Submit data must carry for this action.</summary>
    public ImmutableDictionary<string, string> ToCardData()
    {
        var data = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        data.Add(Keys.Verb, Verb.ToString());
        data.Add(Keys.SessionId, Stamp.SessionId.ToString("D"));
        data.Add(Keys.Step, Stamp.Step.Value);
        data.Add(Keys.Version, Stamp.Version.ToString(CultureInfo.InvariantCulture));
        if (EditStep is { } editStep)
        {
            data.Add(Keys.EditStep, editStep.Value);
        }

        return data.ToImmutable();
    }

    /// <summary>
    /// Reads the action out of a card submission. False when the submission is not a session
    /// action or its data has been mangled; the input values in it are left for the engine to parse.
    /// </summary>
    public static bool TryParse(IReadOnlyDictionary<string, string> submission, [NotNullWhen(true)] out SessionAction? action)
    {
        ArgumentNullException.ThrowIfNull(submission);
        action = null;
        if (!submission.TryGetValue(Keys.Verb, out var verbText)
            || !Enum.TryParse<SessionVerb>(verbText, ignoreCase: false, out var verb)
            || !Enum.IsDefined(verb)
            || !submission.TryGetValue(Keys.SessionId, out var sessionText)
            || !Guid.TryParse(sessionText, out var sessionId)
            || !submission.TryGetValue(Keys.Step, out var stepText)
            || string.IsNullOrEmpty(stepText)
            || !submission.TryGetValue(Keys.Version, out var versionText)
            || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        StepId? editStep = null;
        if (verb == SessionVerb.Edit)
        {
            if (!submission.TryGetValue(Keys.EditStep, out var editText) || string.IsNullOrEmpty(editText))
            {
                return false;
            }

            editStep = new StepId(editText);
        }

        action = new SessionAction(verb, new SessionStamp(sessionId, new StepId(stepText), version), editStep);
        return true;
    }
}
