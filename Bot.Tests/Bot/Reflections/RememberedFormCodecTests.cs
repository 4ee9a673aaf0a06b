using SupervisionBot.Anonymisation;
using SupervisionBot.Bot.Reflections;

namespace SupervisionBot.Bot.Tests.Bot.Reflections;

/// <summary>The stored form of what the anonymiser remembers: read back exactly, and a damaged one refused.</summary>
public sealed class RememberedFormCodecTests
{
    [Theory]
    [InlineData(IdentifierType.Client, 0, true)]
    [InlineData(IdentifierType.Client, 0, false)]
    [InlineData(IdentifierType.Person, 12, false)]
    public void Decode_ReadsBackWhatEncodeWrote(IdentifierType type, int number, bool typo)
    {
        var form = new RememberedForm("0123456789abcdef0123456789abcdef", type, number, typo);

        Assert.Equal(form, RememberedFormCodec.Decode(RememberedFormCodec.Encode(form)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Client:0:1")]
    [InlineData("Client:0:1:abc:def")]
    [InlineData("Nobody:0:1:abc")]
    [InlineData("Client:x:1:abc")]
    [InlineData("Client:-1:1:abc")]
    [InlineData("Client:0:2:abc")]
    public void Decode_Damaged_IsRefused(string encoded) =>
        Assert.Throws<FormatException>(() => RememberedFormCodec.Decode(encoded));
}
