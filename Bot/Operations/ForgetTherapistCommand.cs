using Microsoft.Extensions.Options;
using SupervisionBot.Bot.Archive;
using SupervisionBot.Bot.Contact;
using SupervisionBot.Bot.Coordination;
using SupervisionBot.Bot.Digests;
using SupervisionBot.Bot.Groups;
using SupervisionBot.Bot.MyData;
using SupervisionBot.Bot.Privacy;
using SupervisionBot.Bot.Proactive;
using SupervisionBot.Bot.Reflections;
using SupervisionBot.Bot.Scheduling;
using SupervisionBot.Bot.Storage;

namespace SupervisionBot.Bot.Operations;

/// <summary>
/// <c>dotnet run --project Bot -- forget-therapist --tenant GUID --aad-object-id GUID [--channel msteams] [--delete]</c>:
/// for an operator acting on a therapist's (or a supervisor's) erasure request, or when they
/// leave. Stored data is keyed by a keyed hash of the tenant and Entra object id, so it finds the
/// person's data only with the same pseudonym key and storage settings the bot runs with. Without
/// <c>--delete</c> it only counts; with it, it deletes what the person's own <c>forget me</c>
/// does: every saved reflection and any open or waiting one, their words in past digests, their
/// requests for contact, their place in every group, their address, reminder pause and outbox
/// records. It has no Teams connection, so supervisors' cards are not edited (their button then
/// says the request is no longer open). No web server starts.
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
            error.WriteLine("Usage: forget-therapist --tenant <tenant id> --aad-object-id <the therapist's Entra object id> [--channel msteams] [--delete]");
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
        builder.Services.AddCoordination(builder.Configuration);
        builder.Services.AddProactiveOutbox(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IProactiveMessenger, OfflineMessenger>();
        builder.Services.AddSingleton<GroupStore>();
        builder.Services.AddSingleton<GroupDirectory>();
        builder.Services.AddSingleton<IGroupDirectory>(sp => sp.GetRequiredService<GroupDirectory>());
        builder.Services.AddSingleton<ContactRequests>();
        builder.Services.AddSingleton<DigestHistoryStore>();
        builder.Services.AddSingleton<ReminderPauses>();
        builder.Services.AddSingleton<PersonErasure>();

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

        var channel = Option(args, "--channel") ?? "msteams";
        var author = host.Services.GetRequiredService<Pseudonymizer>().ForUser(tenant.ToString(), objectId.ToString());
        var archive = host.Services.GetRequiredService<IReflectionArchive>();
        var saved = (await archive.ListByAuthorAsync(author, int.MaxValue, cancellationToken)).Count;
        if (!args.Contains("--delete"))
        {
            var groups = (await host.Services.GetRequiredService<GroupDirectory>().GroupsOfAsync(channel, author, cancellationToken)).Count;
            var requests = (await host.Services.GetRequiredService<ContactRequests>().HeldForAsync(channel, author, cancellationToken)).Count;
            output.WriteLine(
                $"{saved} saved reflections are stored for this person; they are in {groups} supervision groups and made {requests} requests for contact. " +
                "Nothing was deleted; add --delete to delete all of it, anything open, and what the groups, past digests and outbox hold about them.");
            await host.StopAsync(cancellationToken);
            return 0;
        }

        var erased = await host.Services.GetRequiredService<PersonErasure>().ForgetAsync(channel, author, new HashSet<string>(StringComparer.Ordinal), cancellationToken);
        var deleted = await archive.DeleteAllByAuthorAsync(author, cancellationToken);
        await host.Services.GetRequiredService<OpenReflectionStore>().DeleteAsync(author, cancellationToken);
        output.WriteLine(
            $"Deleted {deleted} saved reflections and any open or waiting reflection for this person, {erased.ContactRequests} requests for contact " +
            $"and {erased.OutboxRecords} outbox records; took them out of every group and of {erased.DigestsCleaned} past digests. " +
            "Supervisors' cards in Teams were not edited: this command has no Teams connection.");
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
