namespace SupervisionBot.Bot.MyData;

/// <summary>Whose export a link opens (an author pseudonym) and until when.</summary>
internal sealed record ExportLinkRecord(string Author, DateTimeOffset Expires);
