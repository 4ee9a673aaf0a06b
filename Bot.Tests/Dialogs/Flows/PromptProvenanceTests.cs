using SupervisionBot.Bot.Tests.Infrastructure;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Tests.Dialogs.Flows;

/// <summary>Dialogs/Flows/PROMPTS.md gives a source for every input of every flow, and for nothing else.</summary>
public class PromptProvenanceTests
{
    [Fact]
    public void EveryInputOfEveryFlow_HasARowWithASource()
    {
        var rows = Rows();

        var missing = FlowCatalog.Standard.All
            .SelectMany(flow => flow.AllInputs.Select(input => (Flow: flow.Id.Value, Input: input.Id.Value)))
            .Where(key => !rows.TryGetValue(key, out var source) || string.IsNullOrWhiteSpace(source))
            .ToList();

        Assert.True(missing.Count == 0, "No provenance row for: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryRow_NamesAnInputThatExists()
    {
        var inputs = FlowCatalog.Standard.All.SelectMany(flow => flow.AllInputs.Select(input => (flow.Id.Value, input.Id.Value))).ToHashSet();

        Assert.All(Rows().Keys, key => Assert.Contains(key, inputs));
    }

    [Fact]
    public void Rows_AreReadFromTheTable()
    {
        // Proves the parser finds the rows, so an empty result cannot pass the tests above by accident.
        Assert.True(Rows().Count >= FlowCatalog.Standard.All.Sum(flow => flow.AllInputs.Count()));
    }

    // | flow | `input` | asks | source |
    private static Dictionary<(string Flow, string Input), string> Rows() =>
        File.ReadLines(RepositoryRoot.Combine("Dialogs", "Flows", "PROMPTS.md"))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && line.Contains('`', StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => (cells[1], cells[2].Trim('`')), cells => cells[4]);
}
