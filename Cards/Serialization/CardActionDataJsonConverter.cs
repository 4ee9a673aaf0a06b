using System.Text.Json;
using System.Text.Json.Serialization;
using SupervisionBot.Cards.Model;

namespace SupervisionBot.Cards.Serialization;

/// <summary>
/// Writes <see cref="CardActionData"/> as one flat JSON object: the named properties in camelCase,
/// then the <see cref="CardActionData.Session"/> entries beside them, not nested. Teams merges the
/// card's inputs into this same object, so the bot gets back a single flat submission. Reading
/// takes the named properties and every underscore key with a string value; input values and
/// anything else are left to whoever reads the whole submission.
/// </summary>
/// <remarks>
/// A converter rather than <c>[JsonExtensionData]</c>: extension data needs a mutable
/// <c>Dictionary&lt;string, object&gt;</c> and would also swallow every merged input on reading.
/// </remarks>
internal sealed class CardActionDataJsonConverter : JsonConverter<CardActionData>
{
    private const string VerbName = "verb";
    private const string SessionIdName = "sessionId";
    private const string StepName = "step";
    private const string VersionName = "version";
    private const string ArgumentName = "argument";

    public override CardActionData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Button data must be a JSON object.");
        }

        string? verb = null, sessionId = null, step = null, argument = null;
        int? version = null;
        Dictionary<string, string>? session = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case VerbName: verb = ReadString(ref reader); break;
                case SessionIdName: sessionId = ReadString(ref reader); break;
                case StepName: step = ReadString(ref reader); break;
                case ArgumentName: argument = ReadString(ref reader); break;
                case VersionName: version = ReadInt(ref reader); break;
                case [CardActionData.SessionKeyPrefix, _, ..] when reader.TokenType == JsonTokenType.String:
                    session ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    session[name] = reader.GetString()!;
                    break;
                default: reader.Skip(); break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("Button data ended early.");
        }

        return new CardActionData(verb ?? throw new JsonException("Button data has no verb."))
        {
            SessionId = sessionId,
            Step = step,
            Version = version,
            Argument = argument,
            Session = session,
        };
    }

    public override void Write(Utf8JsonWriter writer, CardActionData value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(VerbName, value.Verb);
        WriteIfSet(writer, SessionIdName, value.SessionId);
        WriteIfSet(writer, StepName, value.Step);
        if (value.Version is { } version)
        {
            writer.WriteNumber(VersionName, version);
        }

        WriteIfSet(writer, ArgumentName, value.Argument);
        foreach (var (key, text) in value.Session ?? new Dictionary<string, string>())
        {
            writer.WriteString(key, text);
        }

        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException("Expected a string in button data."),
    };

    private static int? ReadInt(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt32(out var number) => number,
        _ => throw new JsonException("Expected a whole number in button data."),
    };
}
