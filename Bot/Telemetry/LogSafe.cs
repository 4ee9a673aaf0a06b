using System.Globalization;
using System.Text;

namespace SupervisionBot.Bot.Telemetry;

/// <summary>
/// The one way a client-supplied id (activity id, channelId, replyToId, activity type…) reaches
/// a log line. Anything but plain ASCII letters, digits and a few id punctuation marks is
/// written as <c>\uXXXX</c>, so control characters, ESC sequences, NUL, bidi overrides, lone
/// surrogates and markup cannot forge or hide log content; long values are cut short.
/// </summary>
internal static class LogSafe
{
    /// <summary>Teams ids are well under this; anything longer is cut and its length noted.</summary>
    internal const int MaxLength = 128;

    public static string Id(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var shown = value.Length > MaxLength ? value[..MaxLength] : value;
        var builder = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            if (IsPlain(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        if (value.Length > MaxLength)
        {
            builder.Append(CultureInfo.InvariantCulture, $"…(+{value.Length - MaxLength} chars)");
        }

        return builder.ToString();
    }

    /// <summary>Longest line kept from a logger we do not write the messages of (the SDK's).</summary>
    internal const int MaxLineLength = 1024;

    /// <summary>
    /// A whole formatted line from code that logs client values itself (the Bot Framework
    /// SDK's adapter): control, bidi, surrogate and markup characters escaped, and cut short.
    /// </summary>
    public static string Line(string line)
    {
        var shown = line.Length > MaxLineLength ? line[..MaxLineLength] : line;
        var builder = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || IsBidi(c) || c is '<' or '>')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        if (line.Length > MaxLineLength)
        {
            builder.Append(CultureInfo.InvariantCulture, $"…(+{line.Length - MaxLineLength} chars)");
        }

        return builder.ToString();
    }

    private static bool IsBidi(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsPlain(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.' or '@' or '=' or '+' or '/' or ',' or ';' or '|' or '#' or '!' or '~';
}

/// <summary>Passes every line of a logger through <see cref="LogSafe.Line"/>; for the SDK's adapter.</summary>
internal sealed class SanitisingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (inner.IsEnabled(logLevel))
        {
            var line = LogSafe.Line(formatter(state, exception));
            inner.Log(logLevel, eventId, line, exception, static (line, _) => line);
        }
    }
}
