using System.Globalization;
using System.Text.Json.Nodes;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.Bot.Groups;

/// <summary>Onboarding notes through the real proactive messenger and a connector: one 1:1 each, and one unnamed note in the group for those who cannot be reached.</summary>
public sealed class OnboardingDeliveryTests
{
    private const string Conversation = "19:group-1@thread.v2";

    [Fact]
    public async Task Setup_StartsA1to1WithEachMember_AndPostsOneNoteInTheGroupForThoseWithoutTheApp()
    {
        await using var host = await BotTestHost.StartAsync(factory => factory.WithSetting("Groups:MemberWork:PerSecond", "1000"));
        host.Connector.Members =
        [
            new() { ["id"] = TeamsActivities.UserId, ["name"] = "Therapist One", ["aadObjectId"] = "11111111-1111-1111-1111-111111111111" },
            new() { ["id"] = "29:no-app-1", ["name"] = "No App One", ["aadObjectId"] = "22222222-2222-2222-2222-222222222222" },
            new() { ["id"] = "29:no-app-2", ["name"] = "No App Two", ["aadObjectId"] = "33333333-3333-3333-3333-333333333333" },
        ];
        host.Connector.WithoutTheApp("29:no-app-1");
        host.Connector.WithoutTheApp("29:no-app-2");
        await host.PostAsync(TeamsActivities.MentionMessage(host.ServiceUrl, "setup"));
        var supervisor = (string)host.SentCards()[0]["body"]!.AsArray().Single(e => (string?)e!["id"] == GroupSetupFields.Supervisors)!["choices"]![0]!["value"]!;

        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        var data = new JsonObject
        {
            ["verb"] = GroupVerbs.SaveSettings,
            [GroupSetupFields.Name] = "Thursday group",
            [GroupSetupFields.Supervisors] = supervisor,
            [GroupSetupFields.Weekday] = "Monday",
            [GroupSetupFields.Time] = "09:30",
            [GroupSetupFields.TimeZone] = "Europe/London",
            [GroupSetupFields.EveryWeeks] = "1",
            [GroupSetupFields.NextMeeting] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [GroupSetupFields.DigestLead] = "24",
            [GroupSetupFields.ReminderLead] = "48",
            [GroupSetupFields.MinimumContributors] = "3",
        };
        var saved = await BotTestHost.ReadJsonAsync(await host.PostAsync(TeamsActivities.Execute(host.ServiceUrl, GroupVerbs.SaveSettings, data, "groupChat", Conversation)));
        Assert.Contains("I'm sending each of the 3 members a short note", BotTestHost.Text(saved!["value"]!), StringComparison.Ordinal);

        // Wait for the queue: the note in the group comes after every member was tried.
        while (!host.Connector.Deliveries.Any(d => d.ConversationId == Conversation && (string?)d.Body["text"] == GroupOnboardingCard.UnreachableNote))
        {
            await Task.Delay(50);
        }

        var onboarding = host.Connector.Deliveries.Where(d => d.ConversationId != Conversation).ToList();
        Assert.Equal("a:personal-" + TeamsActivities.UserId, Assert.Single(onboarding).ConversationId);
        Assert.Contains("You're a member of Thursday group", BotTestHost.Text(onboarding[0].Body), StringComparison.Ordinal);
        // The setup card, and one note for both members without the app, naming neither.
        Assert.Equal(2, host.Connector.Deliveries.Count(d => d.ConversationId == Conversation));
        Assert.Single(host.Connector.Deliveries, d => d.ConversationId == Conversation && (string?)d.Body["text"] == GroupOnboardingCard.UnreachableNote);
    }
}
