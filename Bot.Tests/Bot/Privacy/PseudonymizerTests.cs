using System.Security.Cryptography;
using System.Text;
using SupervisionBot.Bot.Tests.Infrastructure;

namespace SupervisionBot.Bot.Tests.Bot.Privacy;

public sealed class PseudonymizerTests
{
    private const string TenantId = "72F988BF-86F1-41AF-91AB-2D7CD011DB47";
    private const string AadObjectId = "00000000-0000-0000-0000-0000000000AB";
    private const string ConversationId = "19:0a7d3f6c1e2b4a59b8c7d6e5f4a3b2c1@thread.v2";

    private readonly string _key = TestPseudonyms.NewKey();

    [Fact]
    public void ForStateKey_SameKeyAndInput_IsStableAcrossInstances()
    {
        var first = TestPseudonyms.Create(_key).ForStateKey($"msteams/conversations/{ConversationId}");
        var second = TestPseudonyms.Create(_key).ForStateKey($"msteams/conversations/{ConversationId}");

        Assert.Equal(first, second);
    }

    [Fact]
    public void ForStateKey_DifferentSecret_GivesDifferentPseudonym()
    {
        var mine = TestPseudonyms.Create(_key).ForStateKey("msteams/users/29:abc");
        var theirs = TestPseudonyms.Create().ForStateKey("msteams/users/29:abc");

        Assert.NotEqual(mine, theirs);
    }

    [Fact]
    public void ForStateKey_IsLowerCaseHexOfAFullHmac()
    {
        var pseudonym = TestPseudonyms.Create(_key).ForStateKey("msteams/users/29:abc");

        Assert.Matches("^[0-9a-f]{64}$", pseudonym);
    }

    [Fact]
    public void ForStateKey_MatchesPinnedFormat()
    {
        // Stored items are found by these names: changing the format silently orphans all stored state.
        const string key = "msteams/users/29:abc";
        var expected = Convert.ToHexStringLower(
            HMACSHA256.HashData(Convert.FromBase64String(_key), Encoding.UTF8.GetBytes($"state-key\n{key.Length}:{key}")));

        Assert.Equal(expected, TestPseudonyms.Create(_key).ForStateKey(key));
    }

    [Fact]
    public void ForStateKey_DiffersByCase_BecauseStateKeysAreCaseSensitive()
    {
        var pseudonymizer = TestPseudonyms.Create(_key);

        Assert.NotEqual(pseudonymizer.ForStateKey("msteams/users/29:Abc"), pseudonymizer.ForStateKey("msteams/users/29:abc"));
    }

    [Fact]
    public void ForUser_IgnoresGuidCase()
    {
        var pseudonymizer = TestPseudonyms.Create(_key);

        Assert.Equal(
            pseudonymizer.ForUser(TenantId, AadObjectId),
            pseudonymizer.ForUser(TenantId.ToLowerInvariant(), AadObjectId.ToLowerInvariant()));
    }

    [Fact]
    public void ForUser_DifferentTenant_GivesDifferentPseudonym()
    {
        var pseudonymizer = TestPseudonyms.Create(_key);

        Assert.NotEqual(
            pseudonymizer.ForUser(TenantId, AadObjectId),
            pseudonymizer.ForUser("11111111-1111-1111-1111-111111111111", AadObjectId));
    }

    [Fact]
    public void ForUserAndForConversation_SameIds_NeverShareAPseudonym()
    {
        var pseudonymizer = TestPseudonyms.Create(_key);

        Assert.NotEqual(pseudonymizer.ForUser(TenantId, AadObjectId), pseudonymizer.ForConversation(TenantId, AadObjectId.ToLowerInvariant()));
        Assert.NotEqual(pseudonymizer.ForConversation(TenantId, "abc"), pseudonymizer.ForStateKey("abc"));
    }

    [Fact]
    public void ForConversation_PartsAreDelimited_SoShiftedBoundariesDoNotCollide()
    {
        var pseudonymizer = TestPseudonyms.Create(_key);

        Assert.NotEqual(pseudonymizer.ForConversation("tenant-a", "bc"), pseudonymizer.ForConversation("tenant-ab", "c"));
    }

    [Fact]
    public void Pseudonyms_NeverContainTheIdentifier()
    {
        var pseudonymizer = TestPseudonyms.Create(_key);

        Assert.DoesNotContain("0a7d3f6c", pseudonymizer.ForConversation(TenantId, ConversationId), StringComparison.Ordinal);
        Assert.DoesNotContain("0000000000ab", pseudonymizer.ForUser(TenantId, AadObjectId), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KeyShorterThan32Bytes_IsRefusedNamingTheSetting()
    {
        var shortKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

        var failure = Assert.Throws<InvalidOperationException>(() => TestPseudonyms.Create(shortKey));

        Assert.Contains("Privacy:PseudonymKey", failure.Message, StringComparison.Ordinal);
    }
}
