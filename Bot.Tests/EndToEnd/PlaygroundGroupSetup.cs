using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// Setting up a supervision group in the Playground's group chat, as its mock users do it: open
/// the group chat in the web UI, @mention the bot with <c>setup</c>, and press the setup card's
/// save button with the fields filled in. Shared by every journey that needs a real group.
/// </summary>
public static class PlaygroundGroupSetup
{
    public const string GroupName = "Thursday group";

    /// <summary>Opens the group chat in the web UI, once the bot has greeted it.</summary>
    public static async Task OpenGroupChatAsync(this PlaygroundSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.Page.GetByText("Welcome to SupervisionBot").First.WaitForAsync();
        await session.Page.GetByRole(AriaRole.Treeitem, new() { Name = "Group Chat" }).ClickAsync();
        await session.Page.GetByText("Hello, I'm SupervisionBot").First.WaitForAsync();
    }

    /// <summary>@mentions the bot with <c>setup</c> as <paramref name="by"/>, and returns the setup card it posts in the group chat.</summary>
    public static async Task<BotPost> RequestSetupCardAsync(this PlaygroundSession session, PlaygroundUser by)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.MentionAsync(by, session.Cast.GroupChatId, "setup");
        return await session.WaitForPostAsync(session.Cast.GroupChatId, post => post.Readable.Contains("Set up this supervision group", StringComparison.Ordinal));
    }

    /// <summary>The setup card's supervisor choices: each member's display name and the pseudonym it stands for.</summary>
    public static IReadOnlyDictionary<string, string> SupervisorChoices(BotPost setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return setup.Cards[0]["body"]!.AsArray()
            .Single(element => (string?)element!["id"] == GroupSetupFields.Supervisors)!["choices"]!.AsArray()
            .ToDictionary(choice => (string)choice!["title"]!, choice => (string)choice!["value"]!, StringComparer.Ordinal);
    }

    /// <summary>
    /// The setup card filled in: <see cref="GroupName"/>, meeting on <paramref name="nextMeeting"/>'s
    /// weekday at <paramref name="time"/> London time, every two weeks, with the default lead times
    /// and minimum, ready for the save button.
    /// </summary>
    public static JsonObject Values(string supervisor, DateOnly nextMeeting, string time = "09:30") => new()
    {
        ["verb"] = GroupVerbs.SaveSettings,
        [GroupSetupFields.Name] = GroupName,
        [GroupSetupFields.Supervisors] = supervisor,
        [GroupSetupFields.Weekday] = nextMeeting.DayOfWeek.ToString(),
        [GroupSetupFields.Time] = time,
        [GroupSetupFields.TimeZone] = "Europe/London",
        [GroupSetupFields.EveryWeeks] = "2",
        [GroupSetupFields.NextMeeting] = nextMeeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [GroupSetupFields.DigestLead] = "24",
        [GroupSetupFields.ReminderLead] = "48",
        [GroupSetupFields.MinimumContributors] = "3",
    };

    /// <summary>A Monday at least a week away, so nothing is due before the test wants it.</summary>
    public static DateOnly NextMonday()
    {
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The 1:1 chat the bot started with <paramref name="user"/> (such as for the note on joining a group), once it has.</summary>
    public static async Task<string> WaitForChatWithAsync(this PlaygroundSession session, PlaygroundUser user)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        var until = TimeProvider.System.GetTimestamp() + (60 * TimeProvider.System.TimestampFrequency);
        while (TimeProvider.System.GetTimestamp() < until)
        {
            if (session.Connector.ChatStartedWith(user.Id) is { } chat)
            {
                return chat;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The bot started no 1:1 with {user.Name}.");
    }
}
