using HostPool.Providers;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace HostPool.Cli.Tests;

/// <summary>Runs the hostpool command in-process against a temporary home, capturing output and exit code.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly IServiceProvider _services;

    public CliRun()
    {
        Home = new HostPoolHome(Path.Combine(Path.GetTempPath(), "hostpool-cli-" + Guid.NewGuid().ToString("N")));
        _services = CliServices.Build(Home);
    }

    public HostPoolHome Home { get; }

    public IHostStore Store => _services.GetRequiredService<IHostStore>();

    public IPoolLock PoolLock => _services.GetRequiredService<IPoolLock>();

    public async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new TestConsole();
        output.Profile.Width = 400;
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, IsInteractive: false) { ServiceFactory = () => _services };
        var code = await CliApp.RunAsync(args, environment, TestContext.Current.CancellationToken);
        return (code, output.Output, error.ToString());
    }

    public void Dispose()
    {
        (_services as IDisposable)?.Dispose();
        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}
