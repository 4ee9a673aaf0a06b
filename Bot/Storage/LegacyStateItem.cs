namespace SupervisionBot.Bot.Storage;

/// <summary>One stored document as found at start-up: its stored (pseudonymous) name, its JSON and its ETag.</summary>
internal sealed record LegacyStateItem(string Name, string Json, string ETag);
