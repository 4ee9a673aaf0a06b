using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Digests;
using SupervisionBot.Cards.Reflection;
using SupervisionBot.Dialogs.Engine;
using SupervisionBot.Dialogs.Examples;
using SupervisionBot.Dialogs.Flows;
using static SupervisionBot.Bot.Tests.EndToEnd.PlaygroundGroupSetup;
using Flow = SupervisionBot.Dialogs.Flows.SessionReflectionFlow;

namespace SupervisionBot.Bot.Tests.EndToEnd;

/// <summary>
/// Issue 12.4 and 12.8 through the real client, over two cycles of a group's meetings. The group
/// is set up in the Playground's group chat; Alex (the Playground's own user, whose chats the web
/// UI shows) is refused <c>digest</c> as a member, then made a second supervisor; members reflect
/// in their own 1:1 chats (by buttons: the Playground types only as Alex), sharing with the group,
/// with the supervisors, or not at all; the scheduler sends the first meeting's digest; after that
/// meeting, more is shared and Alex types <c>digest</c>, which now has two cycles to draw its
/// trend chart from, and opens the first one again with <c>digests</c>.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class DigestJourneyTests : IAsyncLifetime
{
    private const string PngDataUri = "data:image/png;base64,";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // What members write, each sentence found in one reflection only, so the test can follow it.
    private const string PrivateWords = "the pull of my own grandmother's illness";
    private const string SupervisorOnlyQuestion = "How do I hold my own tiredness without it leaking into the work?";
    private const string SupervisorOnlyWords = "A heaviness settled in my chest as the hour ended.";
    private const string ClientName = "Priya";
    private const string NamedQuestion = "How can I help Priya feel safe enough to stay with the silence?";
    private const string SecondQuestion = "Am I colluding with the lateness by never mentioning it?";

    private PlaygroundSession _session = null!;

    public async Task InitializeAsync() => _session = await PlaygroundSession.StartAsync();

    public async Task DisposeAsync()
    {
        await _session.ScreenshotAsync("digest-last-screen");
        await _session.DisposeAsync();
    }

    [Fact]
    public async Task Digest_AfterAMeeting_ReachesOnlyTheSupervisors_WithFiguresQuestionsSharedAnswersAndTrendChart()
    {
        var page = _session.Page;
        var cast = _session.Cast;
        var me = cast.Me;
        var (megan, adele, third, fourth, fifth) = (cast.Others[0], cast.Others[1], cast.Others[2], cast.Others[3], cast.Others[4]);
        var group = cast.GroupChatId;

        // Alex sets the group up in its chat with Megan as its supervisor; the first meeting is a week or more away.
        await _session.OpenGroupChatAsync();
        var setup = await _session.RequestSetupCardAsync(me);
        var choices = SupervisorChoices(setup);
        var saved = await _session.PressAsync(me, setup, Values(choices[megan.Name], NextMonday()));
        Assert.Equal($"{GroupName} is set up", BotTestHost.Heading(saved["value"]!.AsObject()));

        // Alex, a member, types digest in his own chat (the web UI's): refused, kindly, with nothing shown.
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).First.ClickAsync();
        await page.GetByText($"You're a member of {GroupName}").Last.WaitForAsync();
        var marker = _session.Connector.Posts.Count;
        await _session.SendAsync("digest");
        await NextPostAsync(marker, post => post.Text == DigestNotes.NotASupervisor, TimeSpan.FromSeconds(30));
        await page.GetByText(DigestNotes.NotASupervisor).Last.WaitForAsync();
        await _session.ScreenshotAsync("digest-1-member-refused");

        // Megan, the supervisor, makes Alex a second supervisor (a button: the Playground sends other users' identities only with card actions).
        var supervisors = string.Join(',', choices[megan.Name], choices[me.Name]);
        var changed = await _session.PressAsync(megan, setup, Values(supervisors, NextMonday()));
        Assert.Equal("Settings changed", BotTestHost.Heading(changed["value"]!.AsObject()));

        // Cycle 1: one member shares with the supervisors alone, three with the group.
        await ReflectAsync(adele, Answers(WorkedExamples.All[0], CommonInputs.ShareWithSupervisor));
        await ReflectAsync(third, Answers(WorkedExamples.All[1], CommonInputs.ShareWithGroup));
        await ReflectAsync(fourth, Answers(WorkedExamples.All[2], CommonInputs.ShareWithGroup));
        await ReflectAsync(fifth, Answers(WorkedExamples.All[3], CommonInputs.ShareWithGroup));

        // Megan moves the meeting to a few minutes from now, so its digest is due at once and the
        // meeting soon passes (on the group's clock: London, in whole minutes).
        var meeting = MeetingInAFewMinutes();
        var local = TimeZoneInfo.ConvertTime(meeting, London);
        marker = _session.Connector.Posts.Count;
        var moved = await _session.PressAsync(megan, setup, Values(supervisors, DateOnly.FromDateTime(local.DateTime), local.ToString("HH:mm", CultureInfo.InvariantCulture)));
        Assert.Equal("Settings changed", BotTestHost.Heading(moved["value"]!.AsObject()));

        // The scheduler sends the first digest to each supervisor's 1:1, and the group summary to the group.
        var alexChat = await _session.WaitForChatWithAsync(me);
        var scheduled = await NextPostAsync(marker, post => post.ConversationId == alexChat && post.Readable.Contains($"Digest for {GroupName}", StringComparison.Ordinal), TimeSpan.FromMinutes(3));
        Assert.Contains("Members who shared\n4 members", scheduled.Readable, StringComparison.Ordinal);
        Assert.Contains(SupervisorOnlyWords, scheduled.Readable, StringComparison.Ordinal);
        var meganChat = await _session.WaitForChatWithAsync(megan);
        await NextPostAsync(marker, post => post.ConversationId == meganChat && post.Readable.Contains($"Digest for {GroupName}", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        var summary = await NextPostAsync(marker, post => post.ConversationId == group && post.Readable.Contains("Before our meeting on", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(SupervisorOnlyWords, summary.Readable, StringComparison.Ordinal);
        Assert.DoesNotContain(SupervisorOnlyQuestion, summary.Readable, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Group Chat" }).ClickAsync();
        await page.GetByText("Before our meeting on", new() { Exact = false }).Last.WaitForAsync();
        await _session.ScreenshotAsync("digest-2-group-summary");

        // Cycle 2, after the first digest: the supervisor-only one again, two for the group (one
        // naming the client, one asking for contact), and one kept private.
        await ReflectAsync(adele, Answers(WorkedExamples.All[0], CommonInputs.ShareWithSupervisor));
        var named = Answers(WorkedExamples.All[1], CommonInputs.ShareWithGroup);
        named[Flow.Inputs.ClientFirstName.Value] = ClientName;
        named[Flow.Inputs.QuestionForSupervision.Value] = NamedQuestion;
        await ReflectAsync(third, named);
        var worried = Answers(WorkedExamples.All[3], CommonInputs.ShareWithGroup);
        worried[Flow.Inputs.QuestionForSupervision.Value] = SecondQuestion;
        worried[Flow.Inputs.Risk.Value] = Flow.Risks.NotSure.Value;
        worried[CommonInputs.RequestSupervisorContact.Value] = RawAnswers.ToggleOn;
        Assert.Contains(ReflectionNotices.ContactSent, await ReflectAsync(fourth, worried), StringComparison.Ordinal);
        await ReflectAsync(fifth, PrivateAnswers());

        // The contact request reached the supervisors' 1:1s at once, not in the digest.
        var request = await _session.WaitForPostAsync(alexChat, post => post.Readable.Contains($"{fourth.Name} asked you to contact them", StringComparison.Ordinal));
        Assert.DoesNotContain(SecondQuestion, request.Readable, StringComparison.Ordinal);

        // Once the first meeting has started, Alex types digest in his own chat.
        await UntilAsync(meeting.AddSeconds(5));
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).First.ClickAsync();
        marker = _session.Connector.Posts.Count;
        await _session.SendAsync("digest");
        var digest = await NextPostAsync(marker, post => post.Readable.Contains($"Digest for {GroupName}", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        var text = digest.Readable;

        // The counts of this cycle only; contact requests counted, never described.
        Assert.Contains("Reflections shared\n3 reflections", text, StringComparison.Ordinal);
        Assert.Contains("Members who shared\n3 members", text, StringComparison.Ordinal);
        Assert.Contains("Asked for contact\n1 request", text, StringComparison.Ordinal);

        // The questions brought to the group: anonymised, unattributed, alphabetical.
        var anonymised = NamedQuestion.Replace(ClientName, "[CLIENT]", StringComparison.Ordinal);
        Assert.Contains(SecondQuestion, text, StringComparison.Ordinal);
        Assert.Contains(anonymised, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(SecondQuestion, StringComparison.Ordinal) < text.IndexOf(anonymised, StringComparison.Ordinal), "The questions are not in alphabetical order.");
        Assert.DoesNotContain(ClientName, text, StringComparison.Ordinal);
        Assert.All(cast.Others, member => Assert.DoesNotContain(member.Name, text, StringComparison.Ordinal));

        // What was shared with the supervisors alone, with its answers, in their chats and nowhere else.
        Assert.Contains("Shared with you alone", text, StringComparison.Ordinal);
        Assert.Contains(SupervisorOnlyQuestion, text, StringComparison.Ordinal);
        Assert.Contains(SupervisorOnlyWords, text, StringComparison.Ordinal);
        string?[] supervisorsChats = [alexChat, meganChat, digest.ConversationId];
        Assert.DoesNotContain(_session.Connector.Posts, post => !supervisorsChats.Contains(post.ConversationId)
            && (post.Readable.Contains(SupervisorOnlyWords, StringComparison.Ordinal) || post.Readable.Contains(SupervisorOnlyQuestion, StringComparison.Ordinal)));

        // The private reflection: nowhere at all outside its writer's own cards.
        Assert.DoesNotContain(_session.Connector.Posts, post => post.Readable.Contains(PrivateWords, StringComparison.Ordinal));

        // The trend chart, from two cycles now: a PNG the web UI really loaded and drew.
        var chart = digest.Cards[0]["body"]!.AsArray().Select(element => (string?)element!["url"]).Single(url => url?.StartsWith(PngDataUri, StringComparison.Ordinal) == true)!;
        var png = Convert.FromBase64String(chart[PngDataUri.Length..]);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        var card = page.Locator(".ac-adaptiveCard", new() { HasText = $"Digest for {GroupName}" }).Last;
        await card.GetByText("Shared with you alone").WaitForAsync();
        var image = card.Locator($"img[src^='{PngDataUri}']");
        await image.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
        Assert.Equal(480, await image.EvaluateAsync<int>("img => img.naturalWidth"));
        await _session.ScreenshotAsync("digest-3-supervisor-digest");

        // The whole card, in a window tall enough that the chat does not clip it; and its top, down
        // to the questions, for the README (docs/screenshots/supervisor-digest.png).
        await page.SetViewportSizeAsync(1280, 2800);
        await card.ScrollIntoViewIfNeededAsync();
        await card.ScreenshotAsync(new() { Path = RepositoryRoot.Artifacts("e2e", "digest-4-supervisor-digest-card.png") });
        var whole = (await card.BoundingBoxAsync())!;
        var alone = (await card.GetByText("Shared with you alone").BoundingBoxAsync())!;
        await page.ScreenshotAsync(new()
        {
            Path = RepositoryRoot.Artifacts("e2e", "digest-5-supervisor-digest-for-readme.png"),
            Clip = new() { X = whole.X, Y = whole.Y, Width = whole.Width, Height = alone.Y - whole.Y },
        });
        await page.SetViewportSizeAsync(1280, 900);

        // Asked for in the group chat, the digest goes to Alex's 1:1, and the group sees only that it went.
        marker = _session.Connector.Posts.Count;
        await _session.MentionAsync(me, group, "digest");
        await NextPostAsync(marker, post => post.ConversationId == group && post.Text == DigestNotes.SentToYourChat, TimeSpan.FromSeconds(30));
        var sent = await NextPostAsync(marker, post => post.Readable.Contains($"Digest for {GroupName}", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.NotEqual(group, sent.ConversationId);
        Assert.Contains(SupervisorOnlyQuestion, sent.Readable, StringComparison.Ordinal);
        Assert.DoesNotContain(_session.Connector.Posts, post => post.ConversationId == group && post.Readable.Contains("Digest for", StringComparison.Ordinal));

        // digests lists the first meeting's digest, which opens as it was sent.
        marker = _session.Connector.Posts.Count;
        await _session.SendAsync("digests");
        var past = await NextPostAsync(marker, post => post.Readable.Contains(GroupName, StringComparison.Ordinal) && post.Cards.Count > 0, TimeSpan.FromSeconds(30));
        marker = _session.Connector.Posts.Count;
        await _session.PressAsync(me, past, past.ButtonData("Open"));
        var opened = await NextPostAsync(marker, post => post.Readable.Contains($"Digest for {GroupName}", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("Members who shared\n4 members", opened.Readable, StringComparison.Ordinal);
        Assert.Contains($"Before the meeting on {local.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}", opened.Readable, StringComparison.Ordinal);

        Assert.DoesNotContain(_session.BotLog, line => line.Contains("fail:", StringComparison.Ordinal));
        Assert.DoesNotContain(_session.BotLog, line => line.Contains("grandmother", StringComparison.Ordinal) || line.Contains("tiredness", StringComparison.Ordinal) || line.Contains(ClientName, StringComparison.Ordinal));
    }

    /// <summary>
    /// <paramref name="user"/> presses "Reflect on a session" on the note the bot sent them on
    /// joining the group, answers each card with <paramref name="answers"/> (pressing again when an
    /// answer reveals a follow-up), and confirms.
    /// </summary>
    /// <returns>The confirmation's words.</returns>
    private async Task<string> ReflectAsync(PlaygroundUser user, Dictionary<string, string> answers)
    {
        var chat = await _session.WaitForChatWithAsync(user);
        var note = await _session.WaitForPostAsync(chat, post => post.Readable.Contains($"You're a member of {GroupName}", StringComparison.Ordinal));
        var seen = _session.Connector.Posts.Where(post => post.ConversationId == chat).Select(post => post.ActivityId).ToHashSet();
        var pressed = await _session.PressAsync(user, note, note.ButtonData("Reflect on a session"));
        var (post, card) = pressed["value"] is JsonObject replaced
            ? (note, replaced)
            : await FirstCardAsync(chat, seen);
        Assert.Equal("The case", BotTestHost.Heading(card));
        for (var presses = 0; BotTestHost.Heading(card) != "Check your reflection"; presses++)
        {
            Assert.True(presses < 20, $"The reflection did not reach its review; it is at \"{BotTestHost.Heading(card)}\".");
            card = await PressAsync(user, post, card, ReflectionVerbs.Next, answers);
        }

        var confirmed = await PressAsync(user, post, card, ReflectionVerbs.Confirm, []);
        Assert.Equal("Thank you, your reflection is saved", BotTestHost.Heading(confirmed));
        return BotTestHost.Text(confirmed);
    }

    private async Task<(BotPost Post, JsonObject Card)> FirstCardAsync(string chat, HashSet<string?> seen)
    {
        var post = await _session.WaitForPostAsync(chat, post => !seen.Contains(post.ActivityId) && post.Cards.Count > 0);
        return (post, post.Cards[0]);
    }

    /// <summary>Presses <paramref name="verb"/> on <paramref name="card"/> with every input it shows filled from <paramref name="answers"/>.</summary>
    private async Task<JsonObject> PressAsync(PlaygroundUser user, BotPost post, JsonObject card, string verb, Dictionary<string, string> answers)
    {
        var button = CardPresses.Buttons(card).FirstOrDefault(button => (string?)button["verb"] == verb)
            ?? throw new InvalidOperationException($"No {verb} button on this card:\n{BotTestHost.Text(card)}\n");
        var data = (JsonObject)button["data"]!.DeepClone();
        foreach (var input in Inputs(card))
        {
            if (answers.TryGetValue(input, out var value))
            {
                data[input] = value;
            }
        }

        var answer = await _session.PressAsync(user, post, data);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        return answer["value"]!.AsObject();
    }

    private static IEnumerable<string> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [(string)o["id"]!],
        JsonObject o => o.SelectMany(property => Inputs(property.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    /// <summary>A worked example's answers as a card submits them, shared as <paramref name="sharing"/>.</summary>
    private static Dictionary<string, string> Answers(WorkedExample example, Choice sharing)
    {
        var answers = example.Answers.ToDictionary(pair => pair.Key.Value, pair => RawAnswers.Format(pair.Value), StringComparer.Ordinal);
        answers[CommonInputs.Sharing.Value] = sharing.Value;
        if (sharing == CommonInputs.ShareWithSupervisor)
        {
            answers[Flow.Inputs.QuestionForSupervision.Value] = SupervisorOnlyQuestion;
            answers[Flow.Inputs.WhatYouFelt.Value] = SupervisorOnlyWords;
            answers[Flow.Inputs.TryNext.Value] = SupervisorOnlyWords;
        }

        return answers;
    }

    private static Dictionary<string, string> PrivateAnswers()
    {
        var answers = Answers(WorkedExamples.All[2], CommonInputs.KeepPrivate);
        answers[Flow.Inputs.WhatYouFelt.Value] = $"I felt {PrivateWords} in the room.";
        answers[Flow.Inputs.QuestionForSupervision.Value] = $"What do I do with {PrivateWords}?";
        return answers;
    }

    /// <summary>
    /// A meeting two to three whole minutes from now: time for the scheduler's next tick (every
    /// minute) to send its digest before it starts, and not long to wait for it to pass.
    /// </summary>
    private static DateTimeOffset MeetingInAFewMinutes()
    {
        var now = TimeProvider.System.GetUtcNow();
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        return minute.AddMinutes(3);
    }

    private static async Task UntilAsync(DateTimeOffset instant)
    {
        while (TimeProvider.System.GetUtcNow() < instant)
        {
            await Task.Delay(500);
        }
    }

    /// <summary>The first post after the first <paramref name="marker"/> posts that <paramref name="match"/> accepts.</summary>
    private async Task<BotPost> NextPostAsync(int marker, Func<BotPost, bool> match, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            if (_session.Connector.Posts.Skip(marker).FirstOrDefault(match) is { } post)
            {
                return post;
            }

            if (TimeProvider.System.GetTimestamp() > until)
            {
                throw new TimeoutException("The bot posted nothing like that. It posted:\n" + string.Join("\n---\n", _session.Connector.Posts.Skip(marker).Select(p => p.Readable)));
            }

            await Task.Delay(200);
        }
    }
}
