namespace SupervisionBot.Bot.Groups;

/// <summary>How to start a 1:1 with someone: kept as an address, never used as a key.</summary>
internal sealed record PersonAddress(string TeamsUserId, string ServiceUrl, string TenantId);
