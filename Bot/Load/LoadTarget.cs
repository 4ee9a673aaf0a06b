using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Load;

/// <summary>
/// A running bot to send activities to: an HTTP client whose base address is the bot, the
/// connector address its replies go to, and a way to read the last card the bot sent to a
/// conversation (from whatever records the connector's traffic).
/// </summary>
internal sealed record LoadTarget(HttpClient Bot, Uri ServiceUrl, IReadOnlyList<Uri> Unreachable, Func<string, JsonObject?> LastCardIn);
