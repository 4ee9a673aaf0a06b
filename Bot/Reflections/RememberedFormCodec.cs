using System.Globalization;
using SupervisionBot.Anonymisation;

namespace SupervisionBot.Bot.Reflections;

/// <summary>
/// Stores a remembered form as one short string ("Person:2:0:hash"), so bot state holds only
/// plain strings and hashes, never a type from the anonymiser that could change shape.
/// </summary>
internal static class RememberedFormCodec
{
    public static string Encode(RememberedForm form) =>
        string.Create(CultureInfo.InvariantCulture, $"{form.Type}:{form.Number}:{(form.IsTypoVariant ? 1 : 0)}:{form.Hash}");

    /// <summary>Reads one form back; parsed in place, since a reflection holds hundreds of them and every card reads them all.</summary>
    public static RememberedForm Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var text = encoded.AsSpan();
        var first = text.IndexOf(':');
        var second = first < 0 ? -1 : text[(first + 1)..].IndexOf(':') is >= 0 and var s ? first + 1 + s : -1;
        var third = second < 0 ? -1 : text[(second + 1)..].IndexOf(':') is >= 0 and var t ? second + 1 + t : -1;
        if (third < 0
            || text[(third + 1)..].Contains(':')
            || !Enum.TryParse<IdentifierType>(text[..first], out var type)
            || !int.TryParse(text[(first + 1)..second], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || text[(second + 1)..third] is not ("0" or "1"))
        {
            throw new FormatException("A remembered form is damaged.");
        }

        return new RememberedForm(encoded[(third + 1)..], type, number, text[second + 1] == '1');
    }
}
