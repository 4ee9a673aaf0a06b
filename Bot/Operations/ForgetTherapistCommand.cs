using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Operations;

/// <summary>
/// <c>dotnet run --project Bot -- forget-therapist --tenant GUID --aad-object-id GUID [--delete]</c>:
/// for an operator acting on a therapist's erasure request (or when they leave). Stored data is
/// keyed by a keyed hash of the tenant and Entra object id, so it finds the therapist's data only
/// with the same pseudonym key and storage settings the bot runs with. Without <c>--delete</c> it
/// only counts; with it, it deletes every saved reflection and any open or waiting one, which is
/// what the therapist's own <c>forget me</c> does. No web server starts.
/// </summary>
internal static class ForgetTherapistCommand
{
    public const string Name = "forget-therapist";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        IConfiguration configuration,
        string environment,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(Option(args, "--tenant"), out var tenant) || !Guid.TryParse(Option(args, "--aad-object-id"), out var objectId))
        {
            error.WriteLine("Usage: forget-therapist --tenant <tenant id> --aad-object-id <the therapist's Entra object id> [--delete]");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = environment,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddBotStorage(builder.Configuration);
        builder.Services.AddReflectionArchive(builder.Configuration);
        builder.Services.AddSingleton<OpenReflectionStore>();

        using var host = builder.Build();
        try
        {
            // Validates the settings exactly as the bot does at start-up.
            await host.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine(exception.Message);
            return 2;
        }

        var author = host.Services.GetRequiredService<Pseudonymizer>().ForUser(tenant.ToString(), objectId.ToString());
        var archive = host.Services.GetRequiredService<IReflectionArchive>();
        var saved = (await archive.ListByAuthorAsync(author, int.MaxValue, cancellationToken)).Count;
        if (!args.Contains("--delete"))
        {
            output.WriteLine($"{saved} saved reflections are stored for this therapist. Nothing was deleted; add --delete to delete them and anything open.");
            await host.StopAsync(cancellationToken);
            return 0;
        }

        var deleted = await archive.DeleteAllByAuthorAsync(author, cancellationToken);
        await host.Services.GetRequiredService<OpenReflectionStore>().DeleteAsync(author, cancellationToken);
        output.WriteLine($"Deleted {deleted} saved reflections and any open or waiting reflection for this therapist.");
        await host.StopAsync(cancellationToken);
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
