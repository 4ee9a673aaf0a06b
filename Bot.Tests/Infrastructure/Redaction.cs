using SupervisionBot.Anonymisation;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Shorthand for the tests: anonymise a text and ask what happened to parts of it.</summary>
internal static class Redaction
{
    private static readonly Anonymiser Anonymiser = new();

    public static AnonymisationResult Of(string text, string? client = null, params string[] aliases) =>
        Anonymiser.Anonymise(text, new DeclaredNames(client, aliases));

    /// <summary>The type of the span covering all of <paramref name="part"/>, or null if any of it is left.</summary>
    public static IdentifierType? TypeOf(AnonymisationResult result, string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the test text");
        var span = result.Spans.FirstOrDefault(s => s.Start <= start && start + part.Length <= s.End);
        return span?.Type;
    }

    public static void AssertRedacted(string text, string part, IdentifierType expected, string? client = null, params string[] aliases)
    {
        var result = Of(text, client, aliases);
        Assert.Equal(expected, TypeOf(result, text, part));
        Assert.DoesNotContain(part, result.Text, StringComparison.Ordinal);
    }

    public static void AssertKept(string text, string part, string? client = null, params string[] aliases)
    {
        var result = Of(text, client, aliases);
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the test text");
        Assert.DoesNotContain(result.Spans, s => s.Start < start + part.Length && start < s.End);
    }
}
