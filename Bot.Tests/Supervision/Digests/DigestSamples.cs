using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Supervision.Digests;
using static SupervisionBot.Bot.Tests.Supervision.SupervisionFixture;

namespace SupervisionBot.Bot.Tests.Supervision.Digests;

/// <summary>Reflections and requests for the digest tests.</summary>
internal static class DigestSamples
{
    public static readonly DateTimeOffset Meeting = Utc(2027, 3, 15, 9);
    public static readonly DigestPeriod Period = new(Utc(2027, 3, 1, 9), Utc(2027, 3, 14, 9));

    public static DigestRequest Request(int minimum = 3, DigestBaseline? previous = null) =>
        new(GroupId, "Thursday group", Meeting, Period, minimum) { Previous = previous };

    public static DigestReflection Reflection(
        int author,
        DigestSharing sharing = DigestSharing.Group,
        string? question = null,
        int? held = null,
        string? rupture = null,
        string[]? cues = null,
        bool contact = false,
        int dayOfPeriod = 1,
        string group = GroupId,
        Guid? id = null)
    {
        var ratings = ImmutableDictionary.CreateBuilder<string, string>();
        if (held is { } point)
        {
            ratings[SessionReflectionFlow.Inputs.HowHeld.Value] = point.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var choices = ImmutableDictionary.CreateBuilder<string, IReadOnlyList<string>>();
        if (rupture is not null)
        {
            choices[SessionReflectionFlow.Inputs.Rupture.Value] = [rupture];
        }

        if (cues is not null)
        {
            choices[SessionReflectionFlow.Inputs.CuesShown.Value] = cues;
        }

        var texts = ImmutableDictionary.CreateBuilder<string, string>();
        if (question is not null)
        {
            texts[SessionReflectionFlow.Inputs.QuestionForSupervision.Value] = question;
        }

        return new DigestReflection
        {
            Id = id ?? Guid.NewGuid(),
            Author = Member(author),
            Group = group,
            Sharing = sharing,
            RequestsContact = contact,
            Flow = SessionReflectionFlow.Id.Value,
            CaseLabel = $"Client {(char)('A' + (author % 26))}",
            ConfirmedAt = Period.From.AddDays(dayOfPeriod),
            Ratings = ratings.ToImmutable(),
            Choices = choices.ToImmutable(),
            Texts = texts.ToImmutable(),
        };
    }

    public static DigestComposer Composed(DigestRequest request, IEnumerable<DigestReflection> reflections)
    {
        var composer = new DigestComposer(request);
        foreach (var reflection in reflections)
        {
            composer.Add(reflection);
        }

        return composer;
    }
}
