using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupervisionBot.Cards.Model;
using SupervisionBot.Cards.Serialization;

namespace SupervisionBot.Bot.Tests.Copy;

/// <summary>
/// Finds absolute promises ("never", "no one", "anonymous", "nothing", ...) in what the bot says,
/// and lets one through only where a named test proves it. Reusable for any card or message: hand
/// it the text, get back the promises nobody has proved.
/// </summary>
internal static partial class AbsolutePromises
{
    /// <summary>
    /// Words that promise without exception. "anonymous" is fine after "not" or "rather than",
    /// which is the honest thing to say about pseudonymised text.
    /// </summary>
    [GeneratedRegex(
        @"\b(never|no one|nobody|(?<!not |rather than )anonymous(ly)?|anonymised|guaranteed?|always|completely|fully|entirely|totally|only you|nothing|everything|100 ?%)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    /// <summary>
    /// A promise the code keeps, as the words the bot says, with the test (Namespace.Class.Method)
    /// that proves it. The words must still appear somewhere, and the test must exist.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ProvenBy { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The client's first name reaches no session, review, blob or log.
        ["It is never saved or shown."] = "SupervisionBot.Bot.Tests.Bot.Reflections.ReflectionRedactionTests.DeclaredName_IsRemovedFromLaterSteps_AndNeverReachesStorage",
        // A stale or unreadable card changes nothing.
        ["nothing has changed"] = "SupervisionBot.Bot.Tests.Bot.Teams.ReflectionCardActionTests.AStaleCardFromAnEarlierStep_ChangesNothing",
        ["Nothing has changed"] = "SupervisionBot.Bot.Tests.Bot.Teams.ReflectionCardActionTests.AStaleCardFromAnEarlierStep_ChangesNothing",
        ["so nothing changed"] = "SupervisionBot.Bot.Tests.Bot.Teams.ReflectionCardActionTests.AStaleCardFromAnEarlierStep_ChangesNothing",
        // Discard and expiry keep nothing.
        ["Nothing from it has been kept"] = "SupervisionBot.Bot.Tests.Bot.Reflections.ReflectionCoordinatorTests.ACardFromADiscardedReflection_IsOutOfDate_AndChangesNothing",
        ["Nothing from it will be kept"] = "SupervisionBot.Bot.Tests.Bot.Reflections.ReflectionCoordinatorTests.ACardFromADiscardedReflection_IsOutOfDate_AndChangesNothing",
        ["Nothing from it was kept"] = "SupervisionBot.Bot.Tests.Bot.Reflections.ReflectionCoordinatorTests.OpenReflectionOlderThanTheLimit_ExpiresWhenTheTherapistNextWrites",
        // A storage failure at Confirm loses nothing.
        ["nothing is lost"] = "SupervisionBot.Bot.Tests.Bot.Reflections.ReflectionArchivingTests.ArchiveFailing_KeepsTheConfirmedReflectionInState_UntilARetrySavesIt",
        // Forget me deletes every blob and state record.
        ["everything else I held about you"] = "SupervisionBot.Bot.Tests.Bot.MyData.MyDataTests.ForgetMe_AfterConfirmation_DeletesEverything",
        ["Delete everything I hold about you"] = "SupervisionBot.Bot.Tests.Bot.MyData.MyDataTests.ForgetMe_AfterConfirmation_DeletesEverything",
        ["forget me to remove everything"] = "SupervisionBot.Bot.Tests.Bot.MyData.MyDataTests.ForgetMe_AfterConfirmation_DeletesEverything",
        ["Delete everything"] = "SupervisionBot.Bot.Tests.Bot.MyData.MyDataTests.ForgetMe_AfterConfirmation_DeletesEverything",
        // Resume finds nothing once a reflection is discarded or closed.
        ["Nothing to resume"] = "SupervisionBot.Bot.Tests.Bot.Reflections.ReflectionCoordinatorTests.ACardFromADiscardedReflection_IsOutOfDate_AndChangesNothing",
        ["Everything is deleted"] = "SupervisionBot.Bot.Tests.Bot.MyData.MyDataTests.ForgetMe_AfterConfirmation_DeletesEverything",
        ["Nothing deleted"] = "SupervisionBot.Bot.Tests.Bot.MyData.MyDataTests.ForgetMe_KeepMyData_ChangesNothing",
        ["Everything is as it was"] = "SupervisionBot.Bot.Tests.Bot.MyData.MyDataTests.ForgetMe_KeepMyData_ChangesNothing",
    };

    /// <summary>Every absolute promise in <paramref name="text"/> that no entry of <see cref="ProvenBy"/> covers.</summary>
    public static IEnumerable<string> Unproven(string text)
    {
        foreach (Match match in Absolute().Matches(text))
        {
            var covered = ProvenBy.Keys.Any(words =>
            {
                for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
                {
                    if (match.Index >= at && match.Index + match.Length <= at + words.Length)
                    {
                        return true;
                    }
                }

                return false;
            });
            if (!covered)
            {
                yield return $"\"{match.Value}\" in: {text}";
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> makes any absolute promise at all, proved or not.</summary>
    public static bool HasAny(string text) => Absolute().IsMatch(text);

    /// <summary>The test method a full name (Namespace.Class.Method) names, if it is a real xunit test in this assembly.</summary>
    public static MethodInfo? FindTest(string fullName)
    {
        var split = fullName.LastIndexOf('.');
        var type = typeof(AbsolutePromises).Assembly.GetType(fullName[..split]);
        var method = type?.GetMethod(fullName[(split + 1)..], BindingFlags.Public | BindingFlags.Instance);
        return method is not null && method.GetCustomAttributes<FactAttribute>(inherit: true).Any() ? method : null;
    }

    /// <summary>
    /// Everything a therapist can read on a card: text, labels, placeholders, choice and button
    /// titles, fact titles, fallback and spoken text, on revealed cards too. Prefilled values are
    /// what someone wrote, not the bot's words, so they are left out.
    /// </summary>
    public static IEnumerable<string> Words(AdaptiveCard card) => Strings(JsonNode.Parse(CardSerializer.Serialize(card))!);

    private static readonly HashSet<string> ReadableKeys = new(StringComparer.Ordinal) { "text", "title", "label", "placeholder", "fallbackText", "speak", "tooltip", "errorMessage" };

    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => pair.Value is JsonValue value && ReadableKeys.Contains(pair.Key) && value.TryGetValue<string>(out var text)
            ? [text]
            : pair.Value is null ? [] : Strings(pair.Value)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Strings),
        _ => [],
    };
}
