using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SupervisionBot.Bot.Routing;
using SupervisionBot.Bot.Teams;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Model;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Bot.Tests.Bot.Routing;

/// <summary>
/// Every entry of the route table: it explains itself, the manifest offers it where it is
/// offered, and it is refused kindly, through the real endpoint, wherever it is not allowed.
/// </summary>
public class RouteTableTests
{
    private static readonly ConversationKind[] Kinds = Enum.GetValues<ConversationKind>();

    [Fact]
    public async Task EveryEntry_HasHelpText_AndAUniqueName()
    {
        await using var host = await BotTestHost.StartAsync();
        var table = host.Factory.Services.GetRequiredService<RouteTable>();

        Assert.All(table.All, route =>
        {
            Assert.False(string.IsNullOrWhiteSpace(route.Help), route.Name);
            Assert.EndsWith(".", route.Help, StringComparison.Ordinal);
        });
        Assert.Equal(table.All.Count, table.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task EveryCommandInTheCatalog_HasOneEntry()
    {
        await using var host = await BotTestHost.StartAsync();
        var table = host.Factory.Services.GetRequiredService<RouteTable>();

        Assert.Equal(
            CommandCatalog.All.Select(d => d.Command),
            table.All.Where(r => r.Command is not null).Select(r => r.Command!.Value));
    }

    [Fact]
    public async Task EveryCommand_IsInTheManifestsCommandLists_ExactlyWhereItIsOffered()
    {
        await using var host = await BotTestHost.StartAsync();
        var table = host.Factory.Services.GetRequiredService<RouteTable>();
        var lists = ManifestCommandLists();

        foreach (var route in table.All.Where(r => r.Command is not null))
        {
            foreach (var (scope, place) in new[] { ("personal", Places.Personal), ("groupChat", Places.GroupChat), ("team", Places.Channel) })
            {
                var listed = lists[scope].TryGetValue(route.Name, out var description);
                Assert.True(listed == route.Listed.HasFlag(place), $"'{route.Name}' listed in the manifest's {scope} commands: {listed}, offered there: {route.Listed.HasFlag(place)}.");
                Assert.True(!listed || description == route.Help, $"'{route.Name}' has another description in the manifest's {scope} commands.");
            }

            Assert.True(route.Where.HasFlag(route.Listed), $"'{route.Name}' is offered where it does not work.");
            var described = CommandCatalog.Describe(route.Command!.Value);
            Assert.Equal(described.InGroups && described.Menu != CommandMenu.None, route.Listed.HasFlag(Places.Groups));
            Assert.Equal(described.InPersonal && described.Menu == CommandMenu.Offered, route.Listed.HasFlag(Places.Personal));
        }

        Assert.All(lists.Values.SelectMany(list => list.Keys), title => Assert.NotNull(table.All.FirstOrDefault(r => r.Command is not null && r.Name == title)));
    }

    [Fact]
    public async Task EveryEntry_WhereItIsNotAllowed_IsRefusedKindly_AndItsHandlerDoesNotRun()
    {
        await using var host = await BotTestHost.StartAsync();
        var table = host.Factory.Services.GetRequiredService<RouteTable>();
        var refused = 0;

        foreach (var route in table.All)
        {
            foreach (var kind in Kinds.Where(kind => !route.Where.Allows(kind)))
            {
                var conversationType = kind switch { ConversationKind.Channel => "channel", ConversationKind.GroupChat => "groupChat", _ => "personal" };
                var conversationId = kind == ConversationKind.Personal ? "a:personal-1" : "19:group-1@thread.v2";
                host.Connector.Clear();
                string answer;
                if (route.Command is not null)
                {
                    await host.PostAsync(kind == ConversationKind.Personal
                        ? TeamsActivities.Message(host.ServiceUrl, route.Name)
                        : TeamsActivities.MentionMessage(host.ServiceUrl, route.Name, conversationType));

                    // A card, or for a command that works only in groups, a sentence saying so.
                    answer = Assert.Single([.. host.SentCards().Select(card => BotTestHost.Text(card)), .. host.SentTexts()]);
                }
                else
                {
                    var response = await host.PostAsync(TeamsActivities.Execute(host.ServiceUrl, route.Name, new JsonObject { ["verb"] = route.Name }, conversationType, conversationId));
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var invoke = (await BotTestHost.ReadJsonAsync(response))!;
                    answer = (string?)invoke["value"] == "See the new card below." ? BotTestHost.Text(Assert.Single(host.SentCards())) : invoke["value"]!.ToJsonString();
                }

                Assert.True(IsKindRefusal(answer), $"'{route.Name}' in a {kind} conversation answered: {answer}");
                Assert.Contains(host.Factory.Logs.Entries, e => e.Message == $"Route {route.Name} refused in a {kind} conversation (place)");
                Assert.DoesNotContain(host.Factory.Logs.Entries, e => e.Message == $"Route {route.Name} in a {kind} conversation");
                refused++;
            }
        }

        Assert.True(refused > 0, "No entry is refused anywhere, so this test checked nothing.");
    }

    [Fact]
    public async Task EveryEntryForMoreThanAnyone_IsRefusedKindlyToThoseWithLess()
    {
        await using var host = await BotTestHost.StartAsync();
        var table = host.Factory.Services.GetRequiredService<RouteTable>();

        foreach (var route in table.All.Where(r => r.Who > Audience.Anyone))
        {
            foreach (var kind in Kinds.Where(kind => route.Where.Allows(kind)))
            {
                var reply = await RouterWith(table, route.Who - 1).DispatchAsync(route, Request(kind), default);

                Assert.True(reply.Text is { } text && IsKindRefusal(text), $"'{route.Name}' was not refused to someone with less than {route.Who}.");
            }
        }
    }

    [Theory]
    [InlineData("Supervisor", "Member", Router.SupervisorsOnlyMessage)]
    [InlineData("Supervisor", "Anyone", Router.SupervisorsOnlyMessage)]
    [InlineData("Member", "Anyone", Router.MembersOnlyMessage)]
    public async Task Dispatch_ToSomeoneWithLessThanTheEntryNeeds_RefusesKindly_WithoutRunningTheHandler(string entryNeeds, string personIs, string message)
    {
        var (needs, has) = (Enum.Parse<Audience>(entryNeeds), Enum.Parse<Audience>(personIs));
        await using var host = await BotTestHost.StartAsync();
        var ran = false;
        var route = Route.ForVerb("test.restricted", Places.Anywhere, needs, "A test entry.", (_, _) =>
        {
            ran = true;
            return Task.FromResult(BotReply.Message("ran"));
        });

        var reply = await RouterWith(host.Factory.Services.GetRequiredService<RouteTable>(), has).DispatchAsync(route, Request(ConversationKind.GroupChat), default);

        Assert.Equal(message, reply.Text);
        Assert.False(ran);
    }

    [Theory]
    [InlineData("Supervisor", "Supervisor")]
    [InlineData("Member", "Supervisor")]
    [InlineData("Member", "Member")]
    public async Task Dispatch_ToSomeoneWithEnough_RunsTheHandler(string entryNeeds, string personIs)
    {
        var (needs, has) = (Enum.Parse<Audience>(entryNeeds), Enum.Parse<Audience>(personIs));
        await using var host = await BotTestHost.StartAsync();
        var route = Route.ForVerb("test.restricted", Places.Anywhere, needs, "A test entry.", (_, _) => Task.FromResult(BotReply.Message("ran")));

        var reply = await RouterWith(host.Factory.Services.GetRequiredService<RouteTable>(), has).DispatchAsync(route, Request(ConversationKind.Channel), default);

        Assert.Equal("ran", reply.Text);
    }

    [Theory]
    [InlineData("Groups", "Personal", Router.GroupsOnlyMessage)]
    [InlineData("Personal, GroupChat", "Channel", Router.NotHereMessage)]
    public async Task Dispatch_OutsideItsPlaces_SaysWhereItWorks(string entryWorksIn, string usedIn, string message)
    {
        var (where, kind) = (Enum.Parse<Places>(entryWorksIn), Enum.Parse<ConversationKind>(usedIn));
        await using var host = await BotTestHost.StartAsync();
        var route = Route.ForVerb("test.somewhere", where, Audience.Anyone, "A test entry.", (_, _) => Task.FromResult(BotReply.Message("ran")));

        var reply = await RouterWith(host.Factory.Services.GetRequiredService<RouteTable>(), Audience.Supervisor).DispatchAsync(route, Request(kind), default);

        Assert.Equal(message, reply.Text);
    }

    private static bool IsKindRefusal(string answer) =>
        answer.Contains("1:1 chat", StringComparison.Ordinal)
        || answer.Contains(Router.GroupsOnlyMessage, StringComparison.Ordinal)
        || answer.Contains(Router.NotHereMessage, StringComparison.Ordinal)
        || answer.Contains(Router.MembersOnlyMessage, StringComparison.Ordinal)
        || answer.Contains(Router.SupervisorsOnlyMessage, StringComparison.Ordinal);

    private static Router RouterWith(RouteTable table, Audience everyoneIs)
    {
        var roles = new Mock<IRoleResolver>();
        roles.Setup(r => r.ResolveAsync(It.IsAny<RouteRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(everyoneIs);
        return new Router(table, roles.Object, Microsoft.Extensions.Logging.Abstractions.NullLogger<Router>.Instance);
    }

    private static RouteRequest Request(ConversationKind kind) =>
        new(Mock.Of<ITurnContext>(), "user-key", kind, new ButtonPress(new CardActionData("test"), new Dictionary<string, string>()));

    private static Dictionary<string, Dictionary<string, string>> ManifestCommandLists()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifest", "manifest.json")))!;
        var lists = new Dictionary<string, Dictionary<string, string>> { ["personal"] = [], ["groupChat"] = [], ["team"] = [] };
        foreach (var list in manifest["bots"]![0]!["commandLists"]!.AsArray())
        {
            foreach (var scope in list!["scopes"]!.AsArray().Select(s => (string)s!))
            {
                foreach (var command in list["commands"]!.AsArray())
                {
                    lists[scope].Add((string)command!["title"]!, (string)command["description"]!);
                }
            }
        }

        return lists;
    }
}
