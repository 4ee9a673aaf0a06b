using System.Text;

namespace SupervisionBot.Dialogs.Commands;

/// <summary>
/// Reads a typed message as a command. Tolerates what people type in chat: capitals, a leading
/// slash, trailing punctuation and extra spaces. Mentions are removed by the caller, which knows
/// the bot's own identity.
/// </summary>
public static class CommandParser
{
    public static BotCommand? Parse(string? text)
    {
        var normalised = Normalise(text);
        return normalised.Length == 0 ? null : CommandCatalog.Find(normalised);
    }

    internal static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim().TrimStart('/').TrimEnd('.', '!', ' ');
        var builder = new StringBuilder(trimmed.Length);
        var lastWasSpace = false;
        foreach (var c in trimmed)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!(isSpace && lastWasSpace))
            {
                builder.Append(isSpace ? ' ' : char.ToLowerInvariant(c));
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
