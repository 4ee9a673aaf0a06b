using SupervisionBot.Anonymisation;
using SupervisionBot.Anonymisation.Evaluation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Evaluation;

/// <summary>
/// The targets from the issue, on the held-out split (never tuned against). Failure messages list what leaked
/// so a regression is diagnosable from the test output.
/// </summary>
public class CorpusTargetsTests
{
    private static readonly Lazy<EvaluationReport> HeldOut = new(() =>
        CorpusEvaluator.Evaluate(new Anonymiser(), CorpusReader.ReadSplit(TestCorpus.Folder, "heldout"), CancellationToken.None));

    [Fact]
    public void HeldOut_DeclaredClientNames_AllRemoved() =>
        AssertRecall(IdentifierType.Client, 1.0);

    [Theory]
    [InlineData(IdentifierType.Phone)]
    [InlineData(IdentifierType.Email)]
    [InlineData(IdentifierType.NhsNumber)]
    [InlineData(IdentifierType.NiNumber)]
    [InlineData(IdentifierType.Ssn)]
    [InlineData(IdentifierType.Url)]
    public void HeldOut_ContactAndNationalNumbers_AtLeast99PercentRecall(IdentifierType type) =>
        AssertRecall(type, 0.99);

    [Fact]
    public void HeldOut_DirectIdentifiers_AtLeast98PercentRecall()
    {
        var direct = HeldOut.Value.DirectIdentifiers;

        Assert.True(direct.Recall >= 0.98, $"direct identifier recall {direct.Recall:P1}; leaks: {Leaks(l => CorpusEvaluator.DirectIdentifiers.Contains(l.Type))}");
    }

    [Fact]
    public void HeldOut_Precision_AtLeast80Percent()
    {
        var overall = HeldOut.Value.Overall;

        Assert.True(overall.Precision >= 0.80, $"precision {overall.Precision:P1}");
    }

    [Fact]
    public void Corpus_HasAtLeast120DocumentsSplitRoughly60To40()
    {
        var dev = CorpusReader.ReadSplit(TestCorpus.Folder, "dev").Count;
        var heldOut = CorpusReader.ReadSplit(TestCorpus.Folder, "heldout").Count;

        Assert.True(dev + heldOut >= 120, $"{dev + heldOut} documents");
        Assert.InRange((double)heldOut / (dev + heldOut), 0.3, 0.5);
    }

    [Fact]
    public void Corpus_DocumentIds_AreUnique()
    {
        var ids = CorpusReader.ReadSplit(TestCorpus.Folder, "dev").Concat(CorpusReader.ReadSplit(TestCorpus.Folder, "heldout")).Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static void AssertRecall(IdentifierType type, double target)
    {
        var name = SupervisionBot.Anonymisation.Resolution.TagNumbering.TypeName(type);
        var score = HeldOut.Value.ByType.Single(s => s.Name == name);

        Assert.True(score.Gold > 0, $"the held-out split has no {name} examples");
        Assert.True(score.Recall >= target, $"{name} recall {score.Recall:P1}; leaks: {Leaks(l => l.Type == type)}");
    }

    private static string Leaks(Func<Leak, bool> which) =>
        string.Join("; ", HeldOut.Value.Leaks.Where(which).Select(l => $"{l.DocumentId} \"{l.Text}\""));
}
