using SupervisionBot.Anonymisation.Cli;
using SupervisionBot.Bot.Digests.Benchmark;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Load;
using SupervisionBot.Bot.Manifest;
using SupervisionBot.Bot.Operations;

// Offline audit entry point: no web server, no configuration (see Anonymisation/README.md).
if (args is ["anonymise", .. var anonymiseArgs])
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return await AnonymiseCommand.RunAsync(anonymiseArgs, Console.In, Console.Out, Console.Error, cancellation.Token);
}

// Development benchmark: stores reflections and composes a digest from them, streaming (see README).
if (args is [DigestBenchmarkCommand.Name, .. var benchmarkArgs])
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return await DigestBenchmarkCommand.RunAsync(benchmarkArgs, Console.Out, Console.Error, cancellation.Token);
}

// Development load: the real bot in this process under generated activities (see README, "Fuzz and soak").
if (args is [FuzzCommand.Name or SoakCommand.Name, .. var loadArgs])
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return args[0] == FuzzCommand.Name
        ? await FuzzCommand.RunAsync(loadArgs, Console.Out, Console.Error, cancellation.Token)
        : await SoakCommand.RunAsync(loadArgs, Console.Out, Console.Error, cancellation.Token);
}

if (args is [PackageCommand.Name, .. var packageArgs])
{
    var configuration = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
    return PackageCommand.Run(packageArgs, configuration, Console.Out, Console.Error);
}

if (args is [ForgetTherapistCommand.Name, .. var forgetArgs])
{
    var configuration = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
    var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
        ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
        ?? Environments.Production;
    return await ForgetTherapistCommand.RunAsync(forgetArgs, configuration, environment, Console.Out, Console.Error, CancellationToken.None);
}

await BotApplication.Create(args).RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can start the real host.</summary>
public partial class Program;
