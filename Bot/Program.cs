using SupervisionBot.Anonymisation.Cli;
using SupervisionBot.Bot.Benchmark;
using SupervisionBot.Bot.Digests.Benchmark;
using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Load;
using SupervisionBot.Bot.Manifest;
using SupervisionBot.Bot.Operations;

// Commands that run until they finish or Ctrl+C, with no web server: the offline anonymiser
// audit (see Anonymisation/README.md), and the development benchmarks and load runs (see README).
Func<CancellationToken, Task<int>>? developmentCommand = args switch
{
    ["anonymise", .. var rest] => token => AnonymiseCommand.RunAsync(rest, Console.In, Console.Out, Console.Error, token),
    [DigestBenchmarkCommand.Name, .. var rest] => token => DigestBenchmarkCommand.RunAsync(rest, Console.Out, Console.Error, token),
    [TurnBenchmarkCommand.Name, .. var rest] => token => TurnBenchmarkCommand.RunAsync(rest, Console.Out, Console.Error, token),
    [FuzzCommand.Name, .. var rest] => token => FuzzCommand.RunAsync(rest, Console.Out, Console.Error, token),
    [SoakCommand.Name, .. var rest] => token => SoakCommand.RunAsync(rest, Console.Out, Console.Error, token),
    _ => null,
};
if (developmentCommand is not null)
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return await developmentCommand(cancellation.Token);
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
