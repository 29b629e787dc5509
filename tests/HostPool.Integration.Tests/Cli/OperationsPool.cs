using HostPool.Pool.Deploy;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Integration.Tests.Cli;

/// <summary>
/// Three real local hosts ops-1..ops-3, the busybox image imported on ops-1 only, and project "ops" deployed
/// once: two replicas of "talk" (spread over two hosts) that print a line to stdout and one to stderr.
/// The local engine the CLI copies images from is the one <see cref="LocalEngine"/> names (none by default).
/// </summary>
public sealed class OperationsPool : IAsyncLifetime
{
    public const string Image = "hostpool/busybox:ops-it";
    public const double ReservedCpus = 0.25;
    public const long ReservedMemoryBytes = 32 * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-ops-it-").FullName;

    public OperationsPool()
    {
        Cli = new CliHarness("hpops0", "10.218.0.0/24", services => services.AddSingleton<ILocalEngine>(LocalEngine));
    }

    internal CliHarness Cli { get; }

    internal SwitchableLocalEngine LocalEngine { get; } = new();

    internal string SetupError { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var created = await Cli.RunAsync(["create", .. Cli.LocalFlags, "--count", "3", "ops"], CancellationToken.None);
        if (created.Code != 0)
        {
            SetupError = created.Error;
            return;
        }

        var environment = await EnvironmentOfAsync("ops-1", CancellationToken.None);
        await using var image = await DockerCli.BusyboxImageTarAsync(CancellationToken.None);
        var imported = await DockerCli.RunAsync(environment, $"import - {Image}", image, CancellationToken.None);
        if (imported.Code != 0)
        {
            SetupError = imported.Error;
            return;
        }

        var compose = Path.Combine(_folder, "compose.yaml");
        await File.WriteAllTextAsync(compose, $$"""
            name: ops
            services:
              talk:
                image: {{Image}}
                command: ["sh", "-c", "echo hello from $$HOSTNAME; echo oops >&2; exec sleep 3600"]
                deploy:
                  replicas: 2
                  resources: { reservations: { cpus: "{{ReservedCpus}}", memory: 32m } }
            """);
        var deployed = await Cli.RunAsync(["deploy", "-f", compose], CancellationToken.None);
        SetupError = deployed.Code == 0 ? "" : deployed.Error;
    }

    public async ValueTask DisposeAsync()
    {
        await Cli.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    internal async Task<IReadOnlyDictionary<string, string>> EnvironmentOfAsync(string host, CancellationToken cancellationToken) =>
        DockerCli.ParseEnv((await Cli.RunAsync(["env", host], cancellationToken)).ShouldSucceed().Out);

    internal async Task<(int Code, string Out, string Error)> DockerAsync(string host, string arguments) =>
        await DockerCli.RunAsync(await EnvironmentOfAsync(host, TestContext.Current.CancellationToken), arguments, null, TestContext.Current.CancellationToken);
}
