using HostPool.Cli;
using HostPool.Providers;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace HostPool.Integration.Tests.Cli;

/// <summary>
/// Runs the real hostpool command in-process against its own HOSTPOOL_HOME, bridge and subnet, so it never
/// meets another test run. <paramref name="configure"/> may decorate services to inject failures.
/// </summary>
internal sealed class CliHarness(string bridge, string subnet, Action<IServiceCollection>? configure = null) : IAsyncDisposable
{
    private IServiceProvider? _services;

    public HostPoolHome Home { get; } = new(Path.Combine(Path.GetTempPath(), "hostpool-it-" + Guid.NewGuid().ToString("N")[..10]));

    public string Bridge => bridge;

    public string Subnet => subnet;

    public IServiceProvider Services => _services ??= CliServices.Build(Home, configure);

    /// <summary>The flags that put a local host on this harness's own bridge and subnet.</summary>
    public string[] LocalFlags => ["--driver", "local", "--local-bridge", bridge, "--local-subnet", subnet];

    public async Task<CliResult> RunAsync(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var output = new TestConsole();
        output.Profile.Width = 4096;
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, IsInteractive: false) { ServiceFactory = () => Services };
        var code = await CliApp.RunAsync([.. args], environment, cancellationToken);
        return new CliResult(code, output.Output, error.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        var hosts = await RunAsync("ls", "-q");
        var names = hosts.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length > 0)
        {
            await RunAsync(["rm", "-y", "-f", .. names], CancellationToken.None);
        }

        (_services as IDisposable)?.Dispose();
        if (Directory.Exists(Home.Root))
        {
            Directory.Delete(Home.Root, recursive: true);
        }
    }
}

internal sealed record CliResult(int Code, string Out, string Error)
{
    public CliResult ShouldSucceed()
    {
        Assert.True(Code == 0, $"exit {Code}\nstdout: {Out}\nstderr: {Error}");
        return this;
    }
}
