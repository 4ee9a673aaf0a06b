namespace SupervisionBot.Dialogs.Engine;

/// <summary>Settings for <see cref="ReflectionEngine"/>, checked when the engine is built.</summary>
public sealed record ReflectionEngineOptions
{
    /// <summary>
    /// How long after it was started an open session is expired. Unfinished reflections hold
    /// client material, so they are not kept indefinitely.
    /// </summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(14);
}
