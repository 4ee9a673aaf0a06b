using SupervisionBot.Supervision.Groups;
using SupervisionBot.Supervision.Schedules;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Supervision.Groups;

public class GroupSettingsTests
{
    private static readonly DateTimeOffset Now = Utc(2027, 3, 1, 12);
    private static readonly DateOnly NextMonday = new(2027, 3, 8);

    private static Dictionary<string, string> ValidForm() => new(GroupSetupForm.Defaults)
    {
        [GroupSetupFields.Name] = "Thursday group",
        [GroupSetupFields.Supervisors] = Supervisor,
        [GroupSetupFields.Weekday] = "Monday",
        [GroupSetupFields.NextMeeting] = "2027-03-08",
        [GroupSetupFields.Time] = "09:00",
    };

    [Fact]
    public void NewSettings_HaveTheDefaultLeadTimesAndMinimum()
    {
        var settings = LondonMondays(NextMonday);

        Assert.Equal(TimeSpan.FromHours(24), settings.DigestLead);
        Assert.Equal(TimeSpan.FromHours(48), settings.ReminderLead);
        Assert.Equal(3, settings.MinimumContributors);
        Assert.Empty(GroupSettingsRules.Check(settings, Now));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Check_MinimumBelowTwo_IsRefused(int minimum)
    {
        var problems = GroupSettingsRules.Check(LondonMondays(NextMonday) with { MinimumContributors = minimum }, Now);

        Assert.Equal([GroupSetupFields.MinimumContributors], problems.Select(problem => problem.Field));
    }

    [Fact]
    public void Check_MinimumOfTwo_IsAllowed() =>
        Assert.Empty(GroupSettingsRules.Check(LondonMondays(NextMonday) with { MinimumContributors = 2 }, Now));

    [Theory]
    [InlineData("Europe/Atlantis")]
    [InlineData("")]
    [InlineData(" Europe/London")]
    public void Check_UnknownZone_IsRefusedWithAnExample(string zone)
    {
        var settings = LondonMondays(NextMonday) with { Rhythm = new MeetingRhythm(DayOfWeek.Monday, new TimeOnly(9, 0), zone, 1, NextMonday) };

        var problem = Assert.Single(GroupSettingsRules.Check(settings, Now));

        Assert.Equal(GroupSetupFields.TimeZone, problem.Field);
        Assert.Contains("Europe/London", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NextMeetingNotOnTheWeekday_IsRefused()
    {
        var settings = LondonMondays(NextMonday) with { Rhythm = LondonMondays(NextMonday).Rhythm with { FirstMeeting = NextMonday.AddDays(1) } };

        Assert.Equal([GroupSetupFields.NextMeeting], GroupSettingsRules.Check(settings, Now).Select(problem => problem.Field));
    }

    [Fact]
    public void Check_NextMeetingInThePast_IsRefused()
    {
        var problems = GroupSettingsRules.Check(LondonMondays(NextMonday), Utc(2027, 3, 8, 9, 30));

        Assert.Equal([GroupSetupFields.NextMeeting], problems.Select(problem => problem.Field));
    }

    [Fact]
    public void Check_ReminderNotBeforeTheDigest_IsRefused()
    {
        var settings = LondonMondays(NextMonday) with { DigestLead = TimeSpan.FromHours(48), ReminderLead = TimeSpan.FromHours(48) };

        Assert.Equal([GroupSetupFields.ReminderLead], GroupSettingsRules.Check(settings, Now).Select(problem => problem.Field));
    }

    [Fact]
    public void Check_DigestLeadLongerThanTheCycle_IsRefused()
    {
        var settings = LondonMondays(NextMonday) with { DigestLead = TimeSpan.FromDays(8), ReminderLead = TimeSpan.FromDays(9) };

        Assert.Contains(GroupSetupFields.DigestLead, GroupSettingsRules.Check(settings, Now).Select(problem => problem.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Two\nlines")]
    public void Check_BadName_IsRefused(string name) =>
        Assert.Equal([GroupSetupFields.Name], GroupSettingsRules.Check(LondonMondays(NextMonday) with { Name = name }, Now).Select(problem => problem.Field));

    [Fact]
    public void Check_SupervisorThatIsNotAPseudonym_IsRefused()
    {
        var settings = LondonMondays(NextMonday) with { Supervisors = ["Dr Jane Smith"] };

        Assert.Equal([GroupSetupFields.Supervisors], GroupSettingsRules.Check(settings, Now).Select(problem => problem.Field));
    }

    [Fact]
    public void Read_AValidForm_GivesTheSettings()
    {
        var result = GroupSetupForm.Read(ValidForm(), Members(Supervisor, Member(1)), Now);

        Assert.True(result.IsValid, string.Join(" ", result.Problems.Select(problem => problem.Message)));
        Assert.Equal(
            LondonMondays(NextMonday, everyWeeks: 2) with { Name = "Thursday group" },
            result.Settings);
    }

    [Fact]
    public void Read_ThenValuesOf_RoundTrips()
    {
        var settings = GroupSetupForm.Read(ValidForm(), Members(Supervisor), Now).Settings!;

        var again = GroupSetupForm.Read(new Dictionary<string, string>(GroupSetupForm.ValuesOf(settings)), Members(Supervisor), Now);

        Assert.Equal(settings, again.Settings);
    }

    [Fact]
    public void Read_ASupervisorWhoIsNotInTheConversation_IsRefused()
    {
        var result = GroupSetupForm.Read(ValidForm(), Members(Member(1)), Now);

        Assert.False(result.IsValid);
        Assert.Equal([GroupSetupFields.Supervisors], result.Problems.Select(problem => problem.Field));
    }

    [Fact]
    public void Read_UnreadableFields_NamesEachOne()
    {
        var form = ValidForm();
        form[GroupSetupFields.Time] = "nine";
        form[GroupSetupFields.NextMeeting] = "next week";
        form[GroupSetupFields.MinimumContributors] = "-1";
        form.Remove(GroupSetupFields.Weekday);

        var result = GroupSetupForm.Read(form, Members(Supervisor), Now);

        Assert.Null(result.Settings);
        Assert.Equal(
            [GroupSetupFields.Weekday, GroupSetupFields.Time, GroupSetupFields.NextMeeting, GroupSetupFields.MinimumContributors],
            result.Problems.Select(problem => problem.Field));
    }
}
