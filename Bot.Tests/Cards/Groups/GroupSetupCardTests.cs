using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Cards.Groups;
using SupervisionBot.Cards.Model;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Tests.Cards.Groups;

public class GroupSetupCardTests
{
    private static readonly SetupMember[] Members = EveryCard.SetupMembers;

    [Fact]
    public void Create_HasEveryFieldTheFormReads()
    {
        var card = GroupSetupCard.Create(Members, GroupSetupForm.Defaults, []);

        Assert.Equal(GroupSetupFields.All.Order(), card.Body.OfType<CardInput>().Select(input => input.Id!).Order());
    }

    [Fact]
    public void Create_OffersMembersByName_ButSendsBackOnlyPseudonyms()
    {
        var card = GroupSetupCard.Create(Members, GroupSetupForm.Defaults, []);

        var supervisors = card.Body.OfType<ChoiceSetInput>().Single(input => input.Id == GroupSetupFields.Supervisors);
        Assert.Equal(["Dr Ada Supervisor", "Ben Member"], supervisors.Choices.Select(choice => choice.Title));
        Assert.Equal(["5a5a5a5a5a5a5a5a", "0001beefbeefbeef"], supervisors.Choices.Select(choice => choice.Value));
        Assert.True(supervisors.IsMultiSelect);
    }

    [Fact]
    public void Create_WithProblems_KeepsWhatWasTypedAndShowsEachProblemUnderItsField()
    {
        var values = new Dictionary<string, string>(GroupSetupForm.Defaults)
        {
            [GroupSetupFields.Name] = "Thursday group",
            [GroupSetupFields.TimeZone] = "Europe/Atlantis",
        };
        var problem = new SettingsProblem(GroupSetupFields.TimeZone, "Please give a time zone by its IANA name.");

        var card = GroupSetupCard.Create(Members, values, [problem]);

        var body = card.Body.ToList();
        var zone = body.OfType<TextInput>().Single(input => input.Id == GroupSetupFields.TimeZone);
        Assert.Equal("Europe/Atlantis", zone.Value);
        Assert.Equal("Thursday group", body.OfType<TextInput>().Single(input => input.Id == GroupSetupFields.Name).Value);
        var after = Assert.IsType<TextBlock>(body[body.IndexOf(zone) + 1]);
        Assert.Equal(problem.Message, after.Text);
        Assert.Equal(TextColor.Attention, after.Color);
    }

    [Fact]
    public void Create_TheMinimumOnOfferNeverGoesBelowTwo()
    {
        var card = GroupSetupCard.Create(Members, GroupSetupForm.Defaults, []);

        var minimum = card.Body.OfType<ChoiceSetInput>().Single(input => input.Id == GroupSetupFields.MinimumContributors);
        Assert.Equal("2", minimum.Choices[0].Value);
        Assert.Equal("3", minimum.Value);
    }
}
