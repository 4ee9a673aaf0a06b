using System.Text.Json.Serialization.Metadata;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Where a document lives in the <see cref="ISessionStore"/> and how it is (de)serialised: its
/// source-generated JSON contract, so nothing is stored with type names.
/// </summary>
/// <param name="Name">The key before pseudonymisation, such as <c>reflections/open/{user}</c>.</param>
/// <param name="Type">From <see cref="SessionJsonContext"/>.</param>
internal sealed record StoreKey<T>(string Name, JsonTypeInfo<T> Type);
