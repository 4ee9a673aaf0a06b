namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Tests in this collection share one Azurite process (and so run one class at a time).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
