using System.Text;
using Newtonsoft.Json;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// The one JSON format both state stores write, so an item reads back the same whichever store
/// holds it. Like the SDK's storages it records type names: ConversationState and UserState save a
/// <c>Dictionary&lt;string, object&gt;</c>, and only the type names turn its values back into the
/// objects that state property accessors cast to.
/// </summary>
internal static class StateSerializer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StateTypeBinder(),
        MaxDepth = null,
    });

    public static byte[] Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Utf8, leaveOpen: true))
        {
            Serializer.Serialize(writer, value);
        }

        return buffer.ToArray();
    }

    public static object? Deserialize(Stream json)
    {
        using var reader = new JsonTextReader(new StreamReader(json, Utf8)) { MaxDepth = null };
        return Serializer.Deserialize(reader);
    }
}
