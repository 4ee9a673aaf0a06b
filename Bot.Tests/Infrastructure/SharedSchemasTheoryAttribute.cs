namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>A theory that needs the shared schemas folder beside the checkout, and says it was skipped (not passed) without it.</summary>
public sealed class SharedSchemasTheoryAttribute : TheoryAttribute
{
    public SharedSchemasTheoryAttribute()
    {
        if (!Directory.Exists(RepositoryRoot.Shared("schemas")))
        {
            Skip = $"{RepositoryRoot.Shared("schemas")} is not beside this checkout, so the vendored copies cannot be compared with it.";
        }
    }
}
