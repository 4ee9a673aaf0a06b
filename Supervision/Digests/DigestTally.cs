using System.Collections.Immutable;
using System.Globalization;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Supervision.Digests;

/// <summary>The running aggregates for one audience (the supervisors, or the group): counts, rating histograms and themes.</summary>
internal sealed class DigestTally
{
    private readonly HashSet<string> _contributors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RatingTally> _ratings = DigestMeasures.Ratings.ToDictionary(item => item.Id, _ => new RatingTally(), StringComparer.Ordinal);
    private readonly RatingTally _alliance = new();
    private readonly Dictionary<string, int> _frame = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ruptures = new(StringComparer.Ordinal);
    private int _reflections;
    private int _contactRequests;

    public int Contributors => _contributors.Count;

    public void Add(DigestReflection reflection)
    {
        _reflections++;
        _contributors.Add(reflection.Author);
        if (reflection.RequestsContact)
        {
            _contactRequests++;
        }

        foreach (var (id, _) in DigestMeasures.Ratings)
        {
            if (reflection.Ratings.TryGetValue(id, out var text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var point))
            {
                _ratings[id].Add(reflection.Author, point);
                if (DigestMeasures.Alliance.Any(item => item.Id == id))
                {
                    _alliance.Add(reflection.Author, point);
                }
            }
        }

        Count(reflection, DigestMeasures.FrameInput, DigestMeasures.FrameChoices, _frame);
        Count(reflection, DigestMeasures.CuesInput, DigestMeasures.CueChoices, _cues);
        Count(reflection, DigestMeasures.RuptureInput, DigestMeasures.RuptureTypes, _ruptures);
    }

    public DigestFigures Figures(int minimumContributors, DigestBaseline? previous, bool withContactRequests, int topCues) => new()
    {
        Reflections = _reflections,
        Contributors = Contributors,
        ContactRequests = withContactRequests ? _contactRequests : null,
        Ratings = [.. DigestMeasures.Ratings
            .Select(item => _ratings[item.Id].Summarise(item.Id, item.Label, minimumContributors, previous))
            .OfType<RatingSummary>()],
        AllianceOverall = _alliance.Summarise(DigestMeasures.AllianceOverall, "The alliance overall", minimumContributors, previous),
        Frame = Themes(DigestMeasures.FrameChoices, _frame, keepOrder: true, top: int.MaxValue),
        Cues = Themes(DigestMeasures.CueChoices, _cues, keepOrder: false, top: topCues),
        Ruptures = Themes(DigestMeasures.RuptureTypes, _ruptures, keepOrder: false, top: int.MaxValue),
    };

    private static void Count(DigestReflection reflection, string input, ImmutableArray<Choice> known, Dictionary<string, int> counts)
    {
        if (!reflection.Choices.TryGetValue(input, out var values))
        {
            return;
        }

        // Each theme once per reflection, and only the flow's own choices: nothing free-typed becomes a theme.
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            if (known.Any(choice => choice.Value == value))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
    }

    private static ImmutableArray<ThemeCount> Themes(ImmutableArray<Choice> known, Dictionary<string, int> counts, bool keepOrder, int top)
    {
        var themes = known
            .Where(choice => counts.GetValueOrDefault(choice.Value) > 0)
            .Select((choice, index) => (Theme: new ThemeCount(choice.Value, choice.Label, counts[choice.Value]), Index: index));
        var ordered = keepOrder ? themes : themes.OrderByDescending(theme => theme.Theme.Count).ThenBy(theme => theme.Index);
        return [.. ordered.Take(top).Select(theme => theme.Theme)];
    }
}
