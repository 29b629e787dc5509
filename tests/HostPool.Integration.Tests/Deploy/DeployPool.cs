using HostPool.Integration.Tests.Cli;

namespace HostPool.Integration.Tests.Deploy;

/// <summary>Three real local hosts dep-1..dep-3 with the busybox image imported on dep-1 only; made once per class.</summary>
public sealed class DeployPool : IAsyncLifetime
{
    public const string Image = "hostpool/busybox:deploy-it";

    internal CliHarness Cli { get; } = new("hpdep0", "10.219.0.0/24");

    internal CliResult Created { get; private set; } = new(-1, "", "");

    internal string ImportError { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Created = await Cli.RunAsync(["create", .. Cli.LocalFlags, "--count", "3", "dep"], CancellationToken.None);
        if (Created.Code != 0)
        {
            return;
        }

        var environment = DockerCli.ParseEnv((await Cli.RunAsync(["env", "dep-1"], CancellationToken.None)).Out);
        await using var image = await DockerCli.BusyboxImageTarAsync(CancellationToken.None);
        var imported = await DockerCli.RunAsync(environment, $"import - {Image}", image, CancellationToken.None);
        ImportError = imported.Code == 0 ? "" : imported.Error;
    }

    public async ValueTask DisposeAsync() => await Cli.DisposeAsync();

    internal async Task<(int Code, string Out, string Error)> DockerAsync(string host, string arguments)
    {
        var environment = DockerCli.ParseEnv((await Cli.RunAsync("env", host)).ShouldSucceed().Out);
        return await DockerCli.RunAsync(environment, arguments, null, TestContext.Current.CancellationToken);
    }
}
