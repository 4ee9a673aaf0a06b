using System.Text.Json;
using System.Text.Json.Serialization;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Dialogs.Storage;

/// <summary>Writes a typed id as its plain string, both as a value and as a dictionary key.</summary>
internal sealed class StringIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IStringId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TId.FromString(reader.GetString() ?? throw new JsonException($"A {typeof(TId).Name} cannot be null."));

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }
}
