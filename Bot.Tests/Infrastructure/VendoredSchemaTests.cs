namespace SupervisionBot.Bot.Tests.Infrastructure;

public class VendoredSchemaTests
{
    [Theory]
    [InlineData("adaptive-card-1.5.json")]
    [InlineData("teams-manifest-1.30.schema.json")]
    public void VendoredSchema_IsByteForByteTheSharedOne(string file)
    {
        var shared = RepositoryRoot.Shared("schemas", file);
        var vendored = RepositoryRoot.Combine("eng", "schemas", file);

        Assert.True(File.Exists(vendored), $"{vendored} is missing");
        if (File.Exists(shared))
        {
            // Only checkable where shared/ sits beside the checkout (as in CI and on developers' machines).
            Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(vendored));
        }
    }
}
