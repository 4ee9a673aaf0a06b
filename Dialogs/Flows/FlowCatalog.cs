using System.Collections.Immutable;
using SupervisionBot.Dialogs.Commands;

namespace SupervisionBot.Dialogs.Flows;

/// <summary>The flows the engine can run, checked for well-formedness once, when the catalog is built.</summary>
public sealed class FlowCatalog
{
    private readonly ImmutableDictionary<FlowId, FlowDefinition> _flows;

    public FlowCatalog(IEnumerable<FlowDefinition> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var list = flows.ToImmutableArray();
        var problems = list.SelectMany(flow => FlowWellFormedness.Problems(flow))
            .Concat(list.GroupBy(flow => flow.Id).Where(group => group.Count() > 1).Select(group => $"Flow id '{group.Key}' is used more than once."))
            .Concat(list.Where(flow => flow.StartedBy is not null).GroupBy(flow => flow.StartedBy).Where(group => group.Count() > 1).Select(group => $"Command '{group.Key}' starts more than one flow."))
            .ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Malformed flows: " + string.Join(" ", problems), nameof(flows));
        }

        _flows = list.ToImmutableDictionary(flow => flow.Id);
    }

    /// <summary>The full session reflection and the quick check-in.</summary>
    public static FlowCatalog Standard { get; } = new([SessionReflectionFlow.Definition, QuickCheckInFlow.Definition]);

    public IEnumerable<FlowDefinition> All => _flows.Values;

    /// <summary>The flow <paramref name="command"/> starts, if any.</summary>
    public FlowDefinition? StartedBy(BotCommand command) => All.FirstOrDefault(flow => flow.StartedBy == command);

    /// <summary>The flow with this id, if the catalog has it; for ids that come from outside, such as a button's.</summary>
    public FlowDefinition? Find(string id) => _flows.GetValueOrDefault(new FlowId(id));

    /// <summary>The flow with this id; an unknown id is a programming error, so it throws.</summary>
    public FlowDefinition Get(FlowId id) =>
        _flows.TryGetValue(id, out var flow) ? flow : throw new ArgumentException($"No flow '{id}' in the catalog.", nameof(id));
}
