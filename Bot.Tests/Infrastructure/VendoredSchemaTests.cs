namespace SupervisionBot.Bot.Tests.Infrastructure;

public class VendoredSchemaTests
{
    [Theory]
    [InlineData("adaptive-card-1.5.json")]
    [InlineData("teams-manifest-1.30.schema.json")]
    public void VendoredSchema_IsInTheRepository(string file)
    {
        Assert.True(File.Exists(RepositoryRoot.Combine("eng", "schemas", file)), $"eng/schemas/{file} is missing");
    }

    /// <summary>Only checkable where shared/ sits beside the checkout (as in CI and on developers' machines); reported as skipped elsewhere.</summary>
    [SharedSchemasTheory]
    [InlineData("adaptive-card-1.5.json")]
    [InlineData("teams-manifest-1.30.schema.json")]
    public void VendoredSchema_IsByteForByteTheSharedOne(string file)
    {
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Shared("schemas", file)), File.ReadAllBytes(RepositoryRoot.Combine("eng", "schemas", file)));
    }
}
