namespace SupervisionBot.Cards.MyData;

/// <summary>A request for contact as "my reflections" lists it: the case label, the group (if it still exists), and whether a supervisor answered.</summary>
public sealed record HeldRequest(string? CaseLabel, string? GroupName, bool Answered);
