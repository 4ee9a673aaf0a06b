namespace SupervisionBot.Bot.Storage;

/// <summary>A document as read from the <see cref="ISessionStore"/>, with the ETag of that very version.</summary>
internal sealed record Stored<T>(T Value, string ETag);
