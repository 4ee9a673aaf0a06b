using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Cards.MyData;

/// <summary>
/// What the supervisor half holds about the person, for "my reflections": the groups they are in
/// and their role, and their requests for contact. Forget me removes all of it.
/// </summary>
/// <param name="Groups">Each group's name and the person's role in it.</param>
/// <param name="ContactRequests">Each request for contact still held.</param>
public sealed record HeldInGroups(IReadOnlyList<(string Name, GroupRole Role)> Groups, IReadOnlyList<HeldRequest> ContactRequests)
{
    public static HeldInGroups None { get; } = new([], []);

    public bool IsEmpty => Groups.Count == 0 && ContactRequests.Count == 0;
}
