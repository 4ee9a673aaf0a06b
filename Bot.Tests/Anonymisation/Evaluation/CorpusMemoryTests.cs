using SupervisionBot.Anonymisation;
using SupervisionBot.Anonymisation.Evaluation;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Anonymisation.Evaluation;

/// <summary>
/// The memory overload against the dev split: with an empty memory it must change nothing the evaluated
/// (memory-less) path does, and running a reflection again with what it learned must give the same tags.
/// </summary>
public class CorpusMemoryTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(7, 32).Select(i => (byte)i)];

    [Fact]
    public void Anonymise_DevCorpusWithEmptyMemory_MatchesMemorylessOverloadAndIsIdempotent()
    {
        var anonymiser = new Anonymiser();
        var differences = new List<string>();
        foreach (var document in CorpusReader.ReadSplit(TestCorpus.Folder, "dev"))
        {
            var plain = anonymiser.Anonymise(document.Text, document.Declared);
            var first = anonymiser.Anonymise([document.Text], document.Declared, RedactionMemory.Empty(Key));
            var again = anonymiser.Anonymise([document.Text], DeclaredNames.None, RedactionMemory.Restore(Key, first.Memory.Forms));

            if (first.Results[0].Text != plain.Text)
            {
                differences.Add($"{document.Id} differs from the memory-less overload");
            }

            if (again.Results[0].Text != first.Results[0].Text)
            {
                differences.Add($"{document.Id} changes when run again with its memory");
            }
        }

        Assert.Empty(differences);
    }
}
