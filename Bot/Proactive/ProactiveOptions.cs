using System.ComponentModel.DataAnnotations;
using SupervisionBot.Supervision.Groups;

namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// How hard the outbox tries (section <c>Proactive</c>). A send in a turn retries a few times,
/// briefly, because Teams gives a turn about 15 seconds; anything longer waits for the retrier.
/// </summary>
internal sealed class ProactiveOptions : IValidatableObject
{
    public const string Section = "Proactive";

    /// <summary>
    /// Tries of one send before it is left to the retrier. Each try already includes the connector
    /// HTTP client's own retries of 429 and 5xx (<see cref="Connector.ConnectorHttp"/>, honouring
    /// Retry-After), so one is enough: more would multiply the waits inside a user's turn.
    /// </summary>
    [Range(1, 10)]
    public int AttemptsPerSend { get; set; } = 1;

    /// <summary>The first wait between tries; doubled each time.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer wait than this (a connector's Retry-After, say) is left to the retrier.</summary>
    public TimeSpan LongestWaitInSend { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claim to send lasts; longer than any one send with its tries.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the retrier looks for queued messages.</summary>
    public TimeSpan RetryEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest the retrier waits between tries of one message.</summary>
    public TimeSpan LongestBackoff { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Tries, over all, before a message is given up as unreachable (about a day with the defaults).</summary>
    [Range(1, 100)]
    public int GiveUpAfter { get; set; } = 60;

    /// <summary>
    /// How long the record of a message that is settled (sent, given up or unconfirmed) is kept
    /// after its last try, so its once key still refuses a second copy. A digest's or reminder's
    /// key names its meeting, and the scheduler can produce it from the moment it is due until
    /// the meeting starts: at most one cycle, eight weeks at the longest. Contact requests and
    /// onboarding notes are produced once (an answer is also recorded on the request itself).
    /// </summary>
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(60);

    /// <summary>How often the retrier prunes settled records past <see cref="KeepSentFor"/>.</summary>
    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The shortest <see cref="KeepSentFor"/>: longer than the longest meeting cycle, so no once key is forgotten while it can recur.</summary>
    public static TimeSpan ShortestKeep { get; } = TimeSpan.FromDays((GroupSettingsRules.MaxEveryWeeks * 7) + 1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KeepSentFor < ShortestKeep)
        {
            yield return new ValidationResult(
                $"Proactive:KeepSentFor must be at least {ShortestKeep.TotalDays:0} days: a digest's or reminder's once key can recur until its meeting, up to {GroupSettingsRules.MaxEveryWeeks} weeks after it is first due.",
                [nameof(KeepSentFor)]);
        }

        if (PruneEvery <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Proactive:PruneEvery must be positive.", [nameof(PruneEvery)]);
        }
    }
}
