using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Privacy;

namespace SupervisionBot.Bot.Tests.Infrastructure;

internal static class TestPseudonyms
{
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(PseudonymOptions.MinimumKeyBytes));

    public static Pseudonymizer Create(string? key = null) =>
        new(Options.Create(new PseudonymOptions { PseudonymKey = key ?? NewKey() }));
}
