using System.Collections.Immutable;
using System.Globalization;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// Composes a group's digest and group summary from its reflections, one at a time, so any number
/// can stream through in flat memory. The rules, each one sentence of help text:
/// <list type="bullet">
/// <item>Only reflections of this group, confirmed in the period, and shared: a private reflection never counts anywhere.</item>
/// <item>The supervisors' digest covers what was shared with them or with the group; reflections shared with them alone appear with their answers.</item>
/// <item>The group summary covers only what was shared with the group.</item>
/// <item>Below the minimum number of contributors, each says only that: no figures, no questions, no answers.</item>
/// <item>A rating answered by fewer people than the minimum is left out on its own.</item>
/// <item>Contact requests are only counted, and only for the supervisors.</item>
/// <item>Questions are unattributed and listed alphabetically.</item>
/// </list>
/// </summary>
public sealed class DigestComposer
{
    public const int MaxQuestions = 8;
    public const int MaxGroupQuestions = 6;
    public const int MaxQuestionLength = 400;
    public const int MaxSharedShown = 3;
    public const int MaxAnswersPerShared = 6;
    public const int MaxAnswerLength = 240;
    public const int TopCues = 4;

    private readonly DigestRequest _request;
    private readonly DigestTally _supervisors = new();
    private readonly DigestTally _group = new();
    private readonly QuestionSelection _supervisorQuestions;
    private readonly QuestionSelection _groupQuestions;
    private readonly List<DigestReflection> _sharedWithSupervisors = [];
    private int _sharedWithSupervisorsTotal;

    public DigestComposer(DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MinimumContributors, Groups.GroupSettings.LowestMinimumContributors, nameof(request));
        _request = request;
        var salt = request.Group + "|" + request.Period.From.UtcTicks.ToString(CultureInfo.InvariantCulture);
        _supervisorQuestions = new QuestionSelection(MaxQuestions, salt, MaxQuestionLength);
        _groupQuestions = new QuestionSelection(MaxGroupQuestions, salt, MaxQuestionLength);
    }

    /// <summary>How many reflections were taken in (shared, this group, this period).</summary>
    public int Included { get; private set; }

    /// <summary>Takes one reflection in, or leaves it out if it is private, another group's, or outside the period.</summary>
    public void Add(DigestReflection reflection)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        if (reflection.Sharing == DigestSharing.Private
            || !string.Equals(reflection.Group, _request.Group, StringComparison.Ordinal)
            || !_request.Period.Contains(reflection.ConfirmedAt))
        {
            return;
        }

        Included++;
        _supervisors.Add(reflection);
        if (reflection.Sharing == DigestSharing.Group)
        {
            _group.Add(reflection);
            if (reflection.Texts.TryGetValue(DigestMeasures.QuestionInput, out var question))
            {
                _supervisorQuestions.Add(reflection.Id, question);
                _groupQuestions.Add(reflection.Id, question);
            }
        }
        else
        {
            KeepSharedWithSupervisors(reflection);
        }
    }

    /// <summary>Takes in every reflection of a stream.</summary>
    public async Task AddAllAsync(IAsyncEnumerable<DigestReflection> reflections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reflections);
        await foreach (var reflection in reflections.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(reflection);
        }
    }

    public SupervisorDigest SupervisorDigest()
    {
        var meets = _supervisors.Contributors >= _request.MinimumContributors;
        var digest = new SupervisorDigest
        {
            GroupName = _request.GroupName,
            Meeting = _request.Meeting,
            Period = _request.Period,
            MinimumContributors = _request.MinimumContributors,
            MeetsMinimum = meets,
        };
        if (!meets)
        {
            return digest;
        }

        var figures = _supervisors.Figures(_request.MinimumContributors, _request.Previous, withContactRequests: true, TopCues);
        return digest with
        {
            Figures = figures,
            Questions = [.. _supervisorQuestions.Shown()],
            QuestionsNotShown = _supervisorQuestions.NotShown,
            SharedWithSupervisors = [.. _sharedWithSupervisors.Select(Shared)],
            SharedWithSupervisorsNotShown = _sharedWithSupervisorsTotal - _sharedWithSupervisors.Count,
            Prompts = SupervisorPrompts.For(figures),
            Baseline = BaselineOf(figures),
        };
    }

    public GroupSummary GroupSummary()
    {
        var meets = _group.Contributors >= _request.MinimumContributors;
        var summary = new GroupSummary
        {
            GroupName = _request.GroupName,
            Meeting = _request.Meeting,
            MinimumContributors = _request.MinimumContributors,
            MeetsMinimum = meets,
        };
        return meets
            ? summary with
            {
                Figures = _group.Figures(_request.MinimumContributors, previous: null, withContactRequests: false, TopCues),
                Questions = [.. _groupQuestions.Shown()],
                QuestionsNotShown = _groupQuestions.NotShown,
            }
            : summary;
    }

    private DigestBaseline BaselineOf(DigestFigures figures)
    {
        var medians = figures.Ratings.ToImmutableSortedDictionary(rating => rating.Id, rating => rating.Median, StringComparer.Ordinal);
        if (figures.AllianceOverall is { } alliance)
        {
            medians = medians.Add(alliance.Id, alliance.Median);
        }

        return new DigestBaseline(_request.Meeting, medians);
    }

    /// <summary>Keeps the newest few, newest first; the rest are only counted.</summary>
    private void KeepSharedWithSupervisors(DigestReflection reflection)
    {
        _sharedWithSupervisorsTotal++;
        var index = _sharedWithSupervisors.FindIndex(kept => Newer(reflection, kept));
        _sharedWithSupervisors.Insert(index < 0 ? _sharedWithSupervisors.Count : index, reflection);
        if (_sharedWithSupervisors.Count > MaxSharedShown)
        {
            _sharedWithSupervisors.RemoveAt(_sharedWithSupervisors.Count - 1);
        }
    }

    private static bool Newer(DigestReflection a, DigestReflection b) =>
        a.ConfirmedAt != b.ConfirmedAt ? a.ConfirmedAt > b.ConfirmedAt : a.Id.CompareTo(b.Id) < 0;

    private static SharedReflection Shared(DigestReflection reflection)
    {
        var flow = FlowCatalog.Standard.All.FirstOrDefault(candidate => candidate.Id.Value == reflection.Flow);
        var order = DigestMeasures.FirstTexts
            .Concat(flow?.AllInputs.Where(input => input.IsText).Select(input => input.Id.Value) ?? [])
            .Concat(reflection.Texts.Keys.Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        var answers = order
            .Where(id => reflection.Texts.TryGetValue(id, out var text) && !string.IsNullOrWhiteSpace(text))
            .Take(MaxAnswersPerShared)
            .Select(id =>
            {
                var text = reflection.Texts[id].Trim();
                var shortened = QuestionSelection.Shorten(text, MaxAnswerLength);
                var label = flow?.FindInput(new InputId(id))?.Label ?? "Answer";
                return new SharedAnswer(label, shortened, shortened.Length != text.Length || shortened != text);
            });
        return new SharedReflection(reflection.Id, flow?.Title ?? "Reflection", reflection.CaseLabel, reflection.ConfirmedAt, [.. answers]);
    }
}
