using System.Text.Json.Serialization;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Reflections;

namespace SupervisionBot.Bot.Storage;

/// <summary>Every document the <see cref="ISessionStore"/> holds, with source-generated JSON: camelCase, no type names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OpenReflectionRecord))]
[JsonSerializable(typeof(ConversationRecord))]
[JsonSerializable(typeof(SupervisionBot.Bot.Contact.ContactRequestRecord))]
[JsonSerializable(typeof(SupervisionBot.Bot.Contact.ContactRequestIndex))]
[JsonSerializable(typeof(SupervisionBot.Supervision.Groups.SupervisionGroup))]
[JsonSerializable(typeof(SupervisionBot.Bot.Digests.DigestHistory))]
[JsonSerializable(typeof(SupervisionBot.Bot.Scheduling.ReminderPause))]
[JsonSerializable(typeof(SupervisionBot.Bot.Groups.PersonRecord))]
[JsonSerializable(typeof(SupervisionBot.Bot.Groups.GroupConversationRecord))]
[JsonSerializable(typeof(SupervisionBot.Bot.Groups.GroupIndex))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
