using SupervisionBot.Bot.Hosting;
using SupervisionBot.Bot.Manifest;

if (args is [PackageCommand.Name, .. var packageArgs])
{
    var configuration = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
    return PackageCommand.Run(packageArgs, configuration, Console.Out, Console.Error);
}

await BotApplication.Create(args).RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can start the real host.</summary>
public partial class Program;
