namespace SupervisionBot.Bot.Benchmark;

/// <summary>Wraps a registered singleton, for the benchmark's (and tests') call counters.</summary>
internal static class ServiceDecoration
{
    /// <summary>Replaces the last registration of <typeparamref name="T"/> with <paramref name="wrap"/> around it.</summary>
    public static IServiceCollection Decorate<T>(this IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(wrap);
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registered);
        services.AddSingleton(sp => wrap(
            (T)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
        return services;
    }
}
