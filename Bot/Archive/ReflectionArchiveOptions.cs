using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// The archive's container, bound from <c>Storage:Containers</c> next to the state container, so
/// all storage names live in one section. Where the account or folder is comes from <see cref="StorageOptions"/>.
/// </summary>
internal sealed class ReflectionArchiveOptions
{
    public const string SectionName = $"{StorageOptions.SectionName}:{nameof(StorageOptions.Containers)}";

    /// <summary>The blob container, or the folder under <c>Storage:LocalFolder</c>, holding archived reflections.</summary>
    public string Reflections { get; set; } = "reflections";
}
