using Microsoft.Extensions.Logging.Abstractions;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Supervision.Digests;
using static SupervisionBot.Bot.Tests.Infrastructure.ArchiveDocuments;

namespace SupervisionBot.Bot.Tests.Bot.Digests;

/// <summary>From stored documents to a digest: the archive's stream, the mapping and the composer together.</summary>
public sealed class ArchivedDigestTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archived-digest-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task StoredReflections_ComposeIntoADigest_WithoutPrivateOnes()
    {
        var archive = new LocalFolderReflectionArchive(_folder.FullName, TimeProvider.System, NullLogger<LocalFolderReflectionArchive>.Instance);
        var carol = Tests.Supervision.SupervisionFixture.Member(3);
        var documents = new[]
        {
            Document(Alice, March1.AddDays(1), ReflectionSharing.Group, Group),
            Document(Bob, March1.AddDays(2), ReflectionSharing.Supervisor, Group),
            Document(carol, March1.AddDays(3), ReflectionSharing.Group, Group),
            Document(carol, March1.AddDays(4), ReflectionSharing.Private, Group, text: "Private words"),
        };
        foreach (var document in documents)
        {
            await archive.SaveAsync(document, CancellationToken.None);
        }

        var composer = new DigestComposer(new DigestRequest(Group, "Group", March1.AddDays(20), new DigestPeriod(March1, March1.AddDays(19)), 3));
        await composer.AddAllAsync(
            DigestReflections.From(archive.StreamSharedInGroupAsync(Group, March1, March1.AddDays(19), CancellationToken.None), CancellationToken.None),
            CancellationToken.None);
        var digest = composer.SupervisorDigest();

        Assert.True(digest.MeetsMinimum);
        Assert.Equal((3, 3), (digest.Figures!.Reflections, digest.Figures.Contributors));
        Assert.Equal(documents[1].Id, Assert.Single(digest.SharedWithSupervisors).Id);
        Assert.Equal("Stayed with the silence; Client A sat back when I named it.", digest.SharedWithSupervisors[0].Answers.Single().Text);
        Assert.Equal(["wariness", "pullingBack"], digest.Figures.Cues.Select(cue => cue.Value));
        Assert.False(composer.GroupSummary().MeetsMinimum);
    }

    [Theory]
    [InlineData("Private", DigestSharing.Private)]
    [InlineData("Supervisor", DigestSharing.Supervisor)]
    [InlineData("Group", DigestSharing.Group)]
    public void From_MapsTheSharingAndTheAnswers(string stored, DigestSharing expected)
    {
        var document = Document(Alice, March1, Enum.Parse<ReflectionSharing>(stored), Group);

        var reflection = DigestReflections.From(document);

        Assert.Equal(expected, reflection.Sharing);
        Assert.Equal((document.Id, document.Author, document.Group, document.CaseLabel), (reflection.Id, reflection.Author, reflection.Group, reflection.CaseLabel));
        Assert.Equal(document.Ratings, reflection.Ratings);
        Assert.Equal(document.Choices["cuesShown"], reflection.Choices["cuesShown"]);
        Assert.Equal(document.RequestsSupervisorContact, reflection.RequestsContact);
    }
}
