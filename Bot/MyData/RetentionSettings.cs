using System.ComponentModel.DataAnnotations;

namespace SupervisionBot.Bot.MyData;

/// <summary>Section <c>Retention</c>: how long saved reflections are kept.</summary>
internal sealed class RetentionSettings
{
    public const string Section = "Retention";

    /// <summary>Reflections confirmed longer ago than this are deleted by the daily sweep (default two years).</summary>
    [Range(30, 3650)]
    public int ReflectionDays { get; set; } = 730;
}
