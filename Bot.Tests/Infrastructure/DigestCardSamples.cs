using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;
using SupervisionBot.Supervision.Digests;

namespace SupervisionBot.Bot.Tests.Infrastructure;

/// <summary>Digests composed by the real composer, from ordinary to the largest it can produce; the same every run.</summary>
internal static class DigestCardSamples
{
    private const string Group = "9a0b1c2d3e4f5a6b";
    private static readonly DateTimeOffset Meeting = new(2027, 3, 29, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DigestPeriod Period = new(new DateTimeOffset(2027, 3, 15, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 28, 8, 0, 0, TimeSpan.Zero));

    public static DigestComposer Ordinary(int members = 4) => Compose(members, sharedWithSupervisor: 1, textLength: 80, "Thursday group");

    public static DigestComposer BelowMinimum() => Compose(members: 2, sharedWithSupervisor: 1, textLength: 80, "Thursday group");

    /// <summary>
    /// Every limit at once: the longest group name, many members each sharing with the group and
    /// with the supervisor, every rating and theme, and every text at the flow's own maximum length,
    /// written in characters that take the most room once serialised (quotes, angle brackets, accents).
    /// </summary>
    public static DigestComposer Largest() => Compose(members: 40, sharedWithSupervisor: 20, textLength: int.MaxValue, new string('G', 60));

    private static DigestComposer Compose(int members, int sharedWithSupervisor, int textLength, string groupName)
    {
        var previous = new DigestBaseline(
            Meeting.AddDays(-14),
            DigestMeasures.Ratings.Select(item => item.Id).Append(DigestMeasures.AllianceOverall)
                .ToImmutableSortedDictionary(id => id, _ => 2.5, StringComparer.Ordinal));
        var composer = new DigestComposer(new DigestRequest(Group, groupName, Meeting, Period, 3) { Previous = previous });
        var flow = SessionReflectionFlow.Definition;
        for (var i = 0; i < members + sharedWithSupervisor; i++)
        {
            var texts = flow.AllInputs
                .Where(input => input.IsText && !input.IsRedactionOnly && input.Id != SessionReflectionFlow.Inputs.CaseLabel)
                .ToImmutableDictionary(input => input.Id.Value, input => Text(i, Math.Min(textLength, input.MaxLength)));
            composer.Add(new DigestReflection
            {
                // Fixed ids: which questions are shown depends on them, and card samples must not change between runs.
                Id = new Guid(i + 1, 0, 0, new byte[8]),
                Author = $"{i % members:x4}beefbeefbeef",
                Group = Group,
                Sharing = i < members ? DigestSharing.Group : DigestSharing.Supervisor,
                RequestsContact = i % 3 == 0,
                Flow = flow.Id.Value,
                CaseLabel = new string('C', 40),
                ConfirmedAt = Period.From.AddHours(i + 1),
                Ratings = DigestMeasures.Ratings.ToImmutableDictionary(item => item.Id, item => ((i % 5) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Choices = new Dictionary<string, IReadOnlyList<string>>
                {
                    [DigestMeasures.FrameInput] = [DigestMeasures.FrameChoices[i % 3].Value],
                    [DigestMeasures.CuesInput] = [.. DigestMeasures.CueChoices.Select(choice => choice.Value)],
                    [DigestMeasures.RuptureInput] = [DigestMeasures.RuptureTypes[i % 2].Value],
                },
                Texts = texts,
            });
        }

        return composer;
    }

    private static string Text(int seed, int length)
    {
        var words = new[] { "“held”", "<frame>", "naïve", "&", "rupture", "réparation", "\"silence\"", "client's" };
        var text = new System.Text.StringBuilder();
        for (var w = seed; text.Length < length; w++)
        {
            text.Append(words[w % words.Length]).Append(' ');
        }

        return text.ToString(0, length).Trim();
    }
}
