using System.ComponentModel.DataAnnotations;

namespace SupervisionBot.Bot.Groups;

/// <summary>How the per-member queue is bounded: how many batches may wait, and how fast members are handled.</summary>
internal sealed class MemberWorkOptions
{
    public const string Section = "Groups:MemberWork";

    /// <summary>Batches (one per setup or membership change) that may wait; beyond that a new batch is refused and logged.</summary>
    [Range(1, 100_000)]
    public int Capacity { get; set; } = 256;

    /// <summary>Members handled per second, across every batch: each may start a 1:1 through the connector.</summary>
    [Range(1, 10_000)]
    public int PerSecond { get; set; } = 5;
}
