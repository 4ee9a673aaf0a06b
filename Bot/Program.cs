using Microsoft.Bot.Builder;
using SupervisionBot.Bot.Endpoints;
using SupervisionBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddBotOptions(builder.Configuration);
builder.Services.AddSingleton<IStorage, MemoryStorage>();
builder.Services.AddTeamsBot();

var app = builder.Build();

app.LogAuthenticationMode();
app.MapBotEndpoints();

await app.RunAsync();

/// <summary>The web host's entry point; public so integration tests can start the real host.</summary>
public partial class Program;
