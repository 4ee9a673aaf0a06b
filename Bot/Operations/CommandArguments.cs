using System.Globalization;

namespace SupervisionBot.Bot.Operations;

/// <summary>
/// The options of a console command, read the same way by every command: <c>--name value</c> for
/// the names the command takes a value for, a bare <c>--flag</c> for its flags. An option the command
/// does not know, a missing value or a value out of range is an error that names the option (the
/// first one found is kept), never a silent default.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    /// <summary>The first thing not understood, to print above the command's usage; null when all was.</summary>
    public string? Error { get; private set; }

    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string>? flags = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(valued);
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Count && parsed.Error is null; i++)
        {
            var name = args[i];
            if (flags?.Contains(name) == true)
            {
                parsed._flags.Add(name);
            }
            else if (!valued.Contains(name))
            {
                parsed.Fail($"Not understood: {name}");
            }
            else if (i + 1 < args.Count && args[i + 1].Length > 0)
            {
                parsed._values[name] = args[++i];
            }
            else
            {
                parsed.Fail($"{name} needs a value.");
            }
        }

        return parsed;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    /// <summary>A whole number from 1 to <paramref name="max"/>, or the default when the option was not given.</summary>
    public int Count(string name, int @default, int max = int.MaxValue)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return @default;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max)
        {
            return value;
        }

        Fail(max == int.MaxValue ? $"{name} must be a whole number above 0." : $"{name} must be a whole number from 1 to {max}.");
        return @default;
    }

    /// <summary>A number (fractions allowed) of at least <paramref name="min"/>, which is above 0, or the default when the option was not given.</summary>
    public double Amount(string name, double @default, double min)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return @default;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && double.IsFinite(value))
        {
            return value;
        }

        Fail(string.Create(CultureInfo.InvariantCulture, $"{name} must be a number of at least {min}."));
        return @default;
    }

    /// <summary>A comma-separated list whose every item is one of <paramref name="allowed"/>, or null when the option was not given.</summary>
    public IReadOnlyList<string>? Some(string name, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (!_values.TryGetValue(name, out var text))
        {
            return null;
        }

        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (items.All(allowed.Contains))
        {
            return items;
        }

        Fail($"{name} takes one or more of {string.Join(", ", allowed)}, separated by commas.");
        return null;
    }

    /// <summary>Two options that each choose the same thing (storage, say) may not both be given.</summary>
    public void NotBoth(string first, string second)
    {
        if ((Flag(first) || _values.ContainsKey(first)) && (Flag(second) || _values.ContainsKey(second)))
        {
            Fail($"Give {first} or {second}, not both.");
        }
    }

    private void Fail(string error) => Error ??= error;
}
