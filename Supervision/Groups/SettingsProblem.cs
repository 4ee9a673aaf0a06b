namespace SupervisionBot.Supervision.Groups;

/// <summary>One thing wrong with a group's settings: the field (a setup card input id) and a kind message saying what to do.</summary>
public sealed record SettingsProblem(string Field, string Message);
