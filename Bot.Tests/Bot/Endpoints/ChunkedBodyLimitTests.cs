using System.Net;
using System.Text;
using SupervisionBot.Bot.Hosting;

namespace SupervisionBot.Bot.Tests.Bot.Endpoints;

/// <summary>
/// The body cap holds however the body is sent. A chunked body has no Content-Length to check
/// up front, so only Kestrel's own limit stops it; the in-memory test server has no Kestrel,
/// so this starts the real host on a loopback port.
/// </summary>
public class ChunkedBodyLimitTests
{
    private const int Cap = 512 * 1024;

    [Theory]
    [InlineData(Cap + 1)]
    [InlineData(Cap + (64 * 1024))]
    public async Task ChunkedBody_OverTheCap_Gets413(int bytes)
    {
        var status = await PostChunkedAsync(bytes);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task ChunkedBody_UnderTheCap_IsRead_AndRefusedOnlyForItsContent()
    {
        var status = await PostChunkedAsync(Cap - 1024);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    // Far larger bodies are refused too, but Kestrel closes the connection while the client is
    // still sending, so the client sees a broken pipe rather than the 413: sizes here stay
    // within what the loopback socket buffers.

    /// <summary>Posts a JSON object padded to <paramref name="bytes"/>, without a Content-Length.</summary>
    private static async Task<HttpStatusCode> PostChunkedAsync(int bytes)
    {
        await using var app = BotApplication.Create(["--environment=Development", "--urls=http://127.0.0.1:0", $"--Storage:LocalFolder={Directory.CreateTempSubdirectory("supervisionbot-test-").FullName}"]);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            const string Prefix = "{\"pad\":\"";
            var body = Encoding.UTF8.GetBytes(Prefix + new string('x', bytes - Prefix.Length - 2) + "\"}");
            using var content = new StreamContent(new UnseekableStream(body));
            content.Headers.ContentType = new("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
            request.Headers.TransferEncodingChunked = true;
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>A stream whose length is unknown, so HttpClient must send it chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
