using System.ComponentModel.DataAnnotations;

namespace SupervisionBot.Bot.Reflections;

/// <summary>Section <c>Reflections</c>.</summary>
internal sealed class ReflectionSettings
{
    public const string Section = "Reflections";

    /// <summary>An open reflection older than this is closed and nothing from it kept.</summary>
    [Range(1, 365)]
    public int ExpireAfterDays { get; set; } = 14;
}
