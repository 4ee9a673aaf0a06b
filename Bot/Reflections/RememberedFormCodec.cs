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

    public static RememberedForm Decode(string encoded)
    {
        var parts = encoded.Split(':');
        if (parts.Length != 4 || !Enum.TryParse<IdentifierType>(parts[0], out var type))
        {
            throw new FormatException("A remembered form is damaged.");
        }

        return new RememberedForm(
            parts[3],
            type,
            int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture),
            parts[2] == "1");
    }
}
