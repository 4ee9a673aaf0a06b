namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Where bot state lives. Set <see cref="ConnectionString"/> (Azure or Azurite) or
/// <see cref="AccountUrl"/> (Azure, signed in with the managed identity), or neither to use the
/// embedded store in <see cref="LocalFolder"/>.
/// </summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>An Azure Storage connection string. A secret: never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob endpoint, e.g. https://account.blob.core.windows.net, used with DefaultAzureCredential.</summary>
    public string? AccountUrl { get; set; }

    public StorageContainerOptions Containers { get; set; } = new();

    /// <summary>
    /// The embedded store's folder, used when neither cloud setting is given. Relative paths are
    /// resolved against the content root; the default is <c>.data</c> there.
    /// </summary>
    public string LocalFolder { get; set; } = ".data";

    internal bool UsesBlobStorage =>
        !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(AccountUrl);
}
