namespace SupervisionBot.Bot.MyData;

/// <summary>What <see cref="PersonErasure"/> found and removed, as counts (for the operator, and logs).</summary>
internal sealed record PersonErasureReport(int DigestsCleaned, int ContactRequests, int OutboxRecords);
