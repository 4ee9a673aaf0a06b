using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Storage;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Teams;

public class SupervisionTeamsBotTests
{
    [Theory]
    [InlineData("personal", "a:personal-1", "Welcome to SupervisionBot")]
    [InlineData("groupChat", "19:group-1@thread.v2", "Hello, I'm SupervisionBot")]
    [InlineData("channel", "19:channel-1@thread.skype", "Hello, I'm SupervisionBot")]
    public async Task BotAdded_IntroducesItselfOnce_WithTheCardForThatPlace(string conversationType, string conversationId, string heading)
    {
        await using var host = await BotTestHost.StartAsync();

        await host.PostAsync(TeamsActivities.BotAdded(host.ServiceUrl, conversationType, conversationId));
        await host.PostAsync(TeamsActivities.BotAdded(host.ServiceUrl, conversationType, conversationId));

        var card = Assert.Single(host.SentCards());
        Assert.Equal(heading, BotTestHost.Heading(card));
        if (conversationType == "personal")
        {
            var text = BotTestHost.Text(card);
            Assert.Contains("What I keep", text);
            Assert.Contains("What I never keep", text);
        }
    }

    [Fact]
    public async Task OtherMemberAdded_IsNotAnIntroduction()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = TeamsActivities.BotAdded(host.ServiceUrl, "groupChat", "19:group-1@thread.v2");
        activity["membersAdded"] = new JsonArray();

        await host.PostAsync(activity);

        Assert.Empty(host.Connector.Sent);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("Help")]
    [InlineData("/help")]
    public async Task Help_InPersonalChat_AnswersWithTheHelpCard(string text)
    {
        await using var host = await BotTestHost.StartAsync();

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, text));

        var card = Assert.Single(host.SentCards());
        Assert.Equal("What I can do", BotTestHost.Heading(card));
        Assert.DoesNotContain("didn't recognise", BotTestHost.Text(card));
    }

    [Fact]
    public async Task UnknownText_AnswersKindlyWithTheHelpCard()
    {
        await using var host = await BotTestHost.StartAsync();

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "what is this thing"));

        var card = Assert.Single(host.SentCards());
        Assert.Equal("What I can do", BotTestHost.Heading(card));
        Assert.Contains("didn't recognise", BotTestHost.Text(card));
    }

    [Fact]
    public async Task MentionInGroupChat_StripsTheMentionAndAnswersWithGroupHelp()
    {
        await using var host = await BotTestHost.StartAsync();

        await host.PostAsync(TeamsActivities.MentionMessage(host.ServiceUrl, "help"));

        var card = Assert.Single(host.SentCards());
        Assert.Equal("What I can do", BotTestHost.Heading(card));
        Assert.Contains("mention me first", BotTestHost.Text(card));
        Assert.DoesNotContain("didn't recognise", BotTestHost.Text(card));
    }

    [Fact]
    public async Task OversizedMessage_IsRefusedPolitely_AndItsTextIsNotLogged()
    {
        await using var host = await BotTestHost.StartAsync();
        var text = "Client-name-Zebedee " + new string('a', 20_001);

        var response = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.SentTexts());
        Assert.Contains("longer than I can take", reply);
        Assert.Contains("20,000", reply);
        Assert.Empty(host.SentCards());
        Assert.DoesNotContain("Zebedee", host.Factory.Logs.AllText);
    }

    [Fact]
    public async Task MessageOfExactlyTheLimit_IsAccepted()
    {
        await using var host = await BotTestHost.StartAsync();

        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, new string('a', 20_000)));

        Assert.Equal("What I can do", BotTestHost.Heading(Assert.Single(host.SentCards())));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HelpButton_AsExecuteOrAsSubmit_SendsTheHelpCard(bool universalActions)
    {
        await using var host = await BotTestHost.StartAsync();
        var data = new JsonObject { ["verb"] = "help" };

        var response = await host.PostAsync(universalActions
            ? TeamsActivities.Execute(host.ServiceUrl, "help", data)
            : TeamsActivities.Submit(host.ServiceUrl, data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (universalActions)
        {
            var invoke = await BotTestHost.ReadJsonAsync(response);
            Assert.Equal(200, (int?)invoke!["statusCode"]);
        }

        Assert.Equal("What I can do", BotTestHost.Heading(Assert.Single(host.SentCards())));
    }

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("{\"verb\": 42}")]
    [InlineData("{\"noVerb\": true}")]
    [InlineData("[1,2]")]
    public async Task SubmitWithMalformedData_SaysSoKindly_AndChangesNothing(string value)
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.PostAsync(TeamsActivities.Submit(host.ServiceUrl, JsonNode.Parse(value)!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SupervisionTeamsBot.UnreadableCardMessage, Assert.Single(host.SentTexts()));
    }

    [Fact]
    public async Task ExecuteWithAnUnknownVerb_SaysTheCardIsOutOfDate()
    {
        await using var host = await BotTestHost.StartAsync();

        var response = await host.PostAsync(TeamsActivities.Execute(host.ServiceUrl, "retired-feature", new JsonObject { ["verb"] = "retired-feature" }));

        var invoke = await BotTestHost.ReadJsonAsync(response);
        Assert.Equal(200, (int?)invoke!["statusCode"]);
        Assert.Equal(SupervisionTeamsBot.OutOfDateCardMessage, (string?)invoke["value"]);
        Assert.Empty(host.Connector.Sent);
    }

    [Fact]
    public async Task TurnThatFails_ApologisesToTheUser_AndLogsTheExceptionButNotTheText()
    {
        await using var host = await BotTestHost.StartAsync(f => f.WithServices(s => s.AddSingleton<ISessionStore>(new FailingSessionStore("storage is down"))));

        await host.PostAsync(TeamsActivities.BotAdded(host.ServiceUrl));
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "help me with Ottoline Marchbanks"));

        Assert.Equal(SupervisionBotAdapter.Apology, host.SentTexts()[0]);
        var logs = host.Factory.Logs.AllText;
        Assert.Contains("storage is down", logs);
        Assert.Contains("Turn failed", logs);
        Assert.DoesNotContain("Ottoline", logs);
    }
}
