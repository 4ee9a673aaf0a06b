using System.Collections.Frozen;

namespace SupervisionBot.Cards.Reflection;

/// <summary>The Universal Action verbs of the worked-example cards.</summary>
public static class ExampleVerbs
{
    /// <summary>Show the list of worked examples.</summary>
    public const string List = "examples.list";

    /// <summary>Show one worked example; the data's <c>argument</c> is its index in the list, as an invariant integer.</summary>
    public const string Open = "examples.open";

    public static IReadOnlySet<string> All { get; } = FrozenSet.ToFrozenSet([List, Open], StringComparer.Ordinal);
}
