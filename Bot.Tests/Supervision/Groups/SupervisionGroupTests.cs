using SupervisionBot.Supervision.Groups;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Supervision.Groups;

public class SupervisionGroupTests
{
    private static readonly SupervisionGroup Group = SupervisionFixture.Group(LondonMondays(new DateOnly(2027, 3, 8)), Member(1), Member(2));

    [Fact]
    public void RoleOf_ComparesPseudonyms()
    {
        Assert.Equal(GroupRole.Supervisor, Group.RoleOf(Supervisor));
        Assert.Equal(GroupRole.Member, Group.RoleOf(Member(1)));
        Assert.Null(Group.RoleOf(Member(3)));
        Assert.Null(Group.RoleOf(Supervisor.ToUpperInvariant()));
    }

    [Fact]
    public void ChangeSettings_ByAMember_IsRefused()
    {
        var renamed = Group.Settings with { Name = "Renamed" };

        Assert.Null(Group.ChangeSettings(Member(1), renamed));
        Assert.Null(Group.SetPaused(Member(1), paused: true));
        Assert.Equal("Renamed", Group.ChangeSettings(Supervisor, renamed)!.Settings.Name);
        Assert.True(Group.SetPaused(Supervisor, paused: true)!.IsPaused);
    }

    [Fact]
    public void WithoutMember_TheyHaveNoRoleAnyMore()
    {
        var after = Group.WithoutMember(Member(2));

        Assert.Null(after.RoleOf(Member(2)));
        Assert.Equal(GroupRole.Member, after.RoleOf(Member(1)));
    }
}
