using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Coordination;

/// <summary>
/// Where instances agree on work that must happen once: bound from <c>Storage:Containers</c>
/// beside the state and archive containers. Holds leases, done-markers and pending export links;
/// never reflection text.
/// </summary>
internal sealed class CoordinationOptions
{
    public const string SectionName = $"{StorageOptions.SectionName}:{nameof(StorageOptions.Containers)}";

    /// <summary>The blob container, or the folder under <c>Storage:LocalFolder</c>.</summary>
    public string Coordination { get; set; } = "coordination";
}
