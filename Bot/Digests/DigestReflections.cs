using System.Runtime.CompilerServices;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Digests;

/// <summary>Maps archived documents to the digest composer's own input, one at a time.</summary>
internal static class DigestReflections
{
    public static DigestReflection From(ReflectionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DigestReflection
        {
            Id = document.Id,
            Author = document.Author,
            Group = document.Group,
            Sharing = document.Sharing switch
            {
                ReflectionSharing.Supervisor => DigestSharing.Supervisor,
                ReflectionSharing.Group => DigestSharing.Group,
                _ => DigestSharing.Private,
            },
            RequestsContact = document.RequestsSupervisorContact,
            Flow = document.Flow,
            CaseLabel = document.CaseLabel,
            ConfirmedAt = document.ConfirmedAt,
            Ratings = document.Ratings,
            Choices = document.Choices.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal),
            Texts = document.Texts,
        };
    }

    public static async IAsyncEnumerable<DigestReflection> From(
        IAsyncEnumerable<ReflectionDocument> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return From(document);
        }
    }
}
