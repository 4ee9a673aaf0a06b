using SupervisionBot.Bot.Digests;

namespace SupervisionBot.Bot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Digests and reminders: composing, sending, past digests, the <c>digest</c>, <c>digests</c>
    /// and <c>reminders</c> commands, and the background scheduler. Call after the session store,
    /// the archive and coordination are added.
    /// </summary>
    public static IServiceCollection AddSupervisionSchedule(this IServiceCollection services)
    {
        services.AddSingleton<DigestHistoryStore>();
        services.AddSingleton<GroupDigests>();
        services.AddSingleton<DigestDelivery>();
        services.AddSingleton<DigestCommands>();
        services.AddSingleton<ReminderPauses>();
        services.AddSingleton<ReminderDelivery>();
        services.AddSingleton<ReminderCommands>();
        services.AddSingleton<SupervisionScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<SupervisionScheduler>());
        return services;
    }
}
