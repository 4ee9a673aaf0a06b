namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Check-digit arithmetic shared by the number recognisers.</summary>
internal static class Digits
{
    /// <summary>Copies the digits of <paramref name="source"/> into <paramref name="destination"/>; returns how many.</summary>
    public static int Extract(ReadOnlySpan<char> source, Span<char> destination)
    {
        var count = 0;
        foreach (var c in source)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == destination.Length)
                {
                    return -1;
                }

                destination[count++] = c;
            }
        }

        return count;
    }

    public static int Count(ReadOnlySpan<char> source)
    {
        var count = 0;
        foreach (var c in source)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The Luhn check used by payment cards.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>The NHS number's modulus 11 check: weights 10 down to 2, check digit 11 minus the remainder.</summary>
    public static bool PassesNhsModulus11(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }
}
