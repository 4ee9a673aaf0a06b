using System.Text;

namespace SupervisionBot.Anonymisation.Evaluation;

/// <summary>
/// Reads the corpus format described in <c>Anonymisation/Corpus/README.md</c>: documents headed
/// <c>=== id</c>, a few <c>key: value</c> fields, <c>---</c>, then text with <c>{{TYPE:words}}</c> markup.
/// </summary>
internal static class CorpusReader
{
    public static IReadOnlyList<CorpusDocument> ReadSplit(string corpusFolder, string split)
    {
        var folder = Path.Combine(corpusFolder, split);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No corpus split at {folder}.");
        }

        var documents = new List<CorpusDocument>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            documents.AddRange(Parse(File.ReadAllText(file), split, Path.GetFileName(file)));
        }

        return documents;
    }

    public static IReadOnlyList<CorpusDocument> Parse(string content, string split, string source)
    {
        var documents = new List<CorpusDocument>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].StartsWith("=== ", StringComparison.Ordinal))
            {
                if (lines[i].Trim().Length > 0)
                {
                    throw new FormatException($"{source}:{i + 1}: text outside a document.");
                }

                i++;
                continue;
            }

            var id = lines[i][4..].Trim();
            i++;
            string? client = null;
            var aliases = new List<string>();
            var others = new List<string>();
            while (i < lines.Length && lines[i] != "---")
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    throw new FormatException($"{source}:{i + 1}: expected 'key: value' or '---' in {id}.");
                }

                var key = lines[i][..colon].Trim();
                var value = lines[i][(colon + 1)..].Trim();
                var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                switch (key)
                {
                    case "client":
                        client = value.Length > 0 ? value : null;
                        break;
                    case "aliases":
                        aliases.AddRange(list);
                        break;
                    case "others":
                        others.AddRange(list);
                        break;
                    default:
                        throw new FormatException($"{source}:{i + 1}: unknown field '{key}' in {id}.");
                }

                i++;
            }

            i++;
            var body = new StringBuilder();
            while (i < lines.Length && !lines[i].StartsWith("=== ", StringComparison.Ordinal))
            {
                body.Append(lines[i]).Append('\n');
                i++;
            }

            var (text, gold) = ParseMarkup(body.ToString().Trim(), $"{source} {id}");
            documents.Add(new CorpusDocument(id, split, new DeclaredNames(client, aliases) { OtherPeople = others }, text, gold));
        }

        return documents;
    }

    public static (string Text, IReadOnlyList<RedactedSpan> Gold) ParseMarkup(string marked, string where)
    {
        var text = new StringBuilder(marked.Length);
        var gold = new List<RedactedSpan>();
        var position = 0;
        while (position < marked.Length)
        {
            var open = marked.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(marked, position, marked.Length - position);
                break;
            }

            text.Append(marked, position, open - position);
            var colon = marked.IndexOf(':', open);
            var close = marked.IndexOf("}}", open, StringComparison.Ordinal);
            if (colon < 0 || close < 0 || colon > close)
            {
                throw new FormatException($"{where}: unclosed or malformed markup at character {open}.");
            }

            var type = ParseType(marked[(open + 2)..colon], where);
            var words = marked[(colon + 1)..close];
            gold.Add(new RedactedSpan(text.Length, text.Length + words.Length, type));
            text.Append(words);
            position = close + 2;
        }

        return (text.ToString(), gold);
    }

    public static IdentifierType ParseType(string label, string where) => label.Trim().ToUpperInvariant() switch
    {
        "CLIENT" => IdentifierType.Client,
        "PERSON" => IdentifierType.Person,
        "PLACE" => IdentifierType.Place,
        "ORG" => IdentifierType.Org,
        "DATE" => IdentifierType.Date,
        "AGE" => IdentifierType.Age,
        "PHONE" => IdentifierType.Phone,
        "EMAIL" => IdentifierType.Email,
        "URL" => IdentifierType.Url,
        "HANDLE" => IdentifierType.Handle,
        "IP" => IdentifierType.IpAddress,
        "NHS" or "NHS-NUMBER" => IdentifierType.NhsNumber,
        "NI" or "NI-NUMBER" => IdentifierType.NiNumber,
        "SSN" => IdentifierType.Ssn,
        "CARD" => IdentifierType.PaymentCard,
        "POSTCODE" => IdentifierType.Postcode,
        "ZIP" => IdentifierType.ZipCode,
        "ADDRESS" => IdentifierType.Address,
        "ID" => IdentifierType.IdNumber,
        _ => throw new FormatException($"{where}: unknown identifier type '{label}'."),
    };
}
