using HostPool.Integration.Tests.Support;
using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Local;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Integration.Tests.Cli;

/// <summary>Transactional create on real local hosts: a failure or Ctrl-C mid-create, and rm, leave nothing on the machine.</summary>
[Collection(RealHosts.Collection)]
public sealed class CreateRollbackTests
{
    [Fact]
    public async Task Create_ProvisioningFailsWhileEngineStarts_NoNamespaceProcessVethMountOrFolderLeft()
    {
        RootNamespaces.RequireDocker();
        ObservedLocalDriver? driver = null;
        FailingProvisioner? provisioner = null;
        await using var cli = new CliHarness("hpcli1", "10.217.1.0/24", services =>
        {
            services.AddSingleton<IHostDriver>(sp => driver = new ObservedLocalDriver(LocalDriverFactory.Create(sp.GetRequiredService<HostPoolHome>(), TimeProvider.System)));
            services.AddSingleton<IProvisioner>(sp => provisioner = new FailingProvisioner(
                Provisioners.Create(sp.GetRequiredService<HostPoolHome>(), sp.GetRequiredService<HostPool.Providers.Ssh.ISshConnector>(),
                    sp.GetRequiredService<HostPool.Providers.Engine.IEngineClientFactory>(), TimeProvider.System),
                sp.GetRequiredService<HostPoolHome>(),
                "starting engine"));
        });

        var result = await cli.RunAsync(["create", .. cli.LocalFlags, "broken"]);

        Assert.Equal((int)ExitCode.ProviderError, result.Code);
        Assert.Contains("failed during step 'starting engine'", result.Error);
        Assert.Contains("injected failure", result.Error);
        Assert.Contains("Everything it had made was removed", result.Error);
        Assert.Contains(driver!.Journaled, r => r.Kind == LocalResourceKinds.Process);
        Assert.NotEmpty(provisioner!.ProcessesAtFailure);
        AssertNothingLeft(cli, "broken", [.. provisioner.ProcessesAtFailure, .. Pids(driver.Journaled)]);
        Assert.Empty((await cli.RunAsync("ls", "-q")).ShouldSucceed().Out.Trim());
    }

    [Fact]
    public async Task Create_CtrlCRightAfterSshdStarts_RolledBackAndExitCodeCancelled()
    {
        RootNamespaces.RequireDocker();
        using var interrupt = new CancellationTokenSource();
        ObservedLocalDriver? driver = null;
        await using var cli = new CliHarness("hpcli2", "10.217.2.0/24", services =>
            services.AddSingleton<IHostDriver>(sp => driver = new ObservedLocalDriver(
                LocalDriverFactory.Create(sp.GetRequiredService<HostPoolHome>(), TimeProvider.System))
            {
                OnRecorded = resource =>
                {
                    if (resource.Kind == LocalResourceKinds.Process)
                    {
                        interrupt.Cancel();
                    }
                },
            }));

        var result = await cli.RunAsync(["create", .. cli.LocalFlags, "interrupted"], interrupt.Token);

        Assert.Equal((int)ExitCode.Cancelled, result.Code);
        Assert.Contains(driver!.Journaled, r => r.Kind == LocalResourceKinds.NetworkNamespace);
        AssertNothingLeft(cli, "interrupted", [.. Pids(driver.Journaled)]);
    }

    [Fact]
    public async Task Rm_CreatedHostWithRunningEngine_LeavesNothing()
    {
        RootNamespaces.RequireDocker();
        ObservedLocalDriver? driver = null;
        await using var cli = new CliHarness("hpcli3", "10.217.3.0/24", services =>
            services.AddSingleton<IHostDriver>(sp => driver = new ObservedLocalDriver(
                LocalDriverFactory.Create(sp.GetRequiredService<HostPoolHome>(), TimeProvider.System))));
        (await cli.RunAsync(["create", .. cli.LocalFlags, "doomed"])).ShouldSucceed();
        var processes = LeftoverCheck.ProcessesOf(cli.Home, "doomed");
        Assert.Contains(processes, pid => File.ReadAllText($"/proc/{pid}/comm").Trim() == "dockerd");

        (await cli.RunAsync("rm", "-y", "doomed")).ShouldSucceed();

        AssertNothingLeft(cli, "doomed", [.. processes, .. Pids(driver!.Journaled)]);
    }

    private static void AssertNothingLeft(CliHarness cli, string host, IReadOnlyCollection<int> pids)
    {
        var left = LeftoverCheck.Of(cli.Home, new HostRecord { Name = host, Pool = "default", Driver = "local" }, cli.Bridge, pids);
        Assert.True(left.Count == 0, "left on the machine: " + string.Join("; ", left));
    }

    private static IEnumerable<int> Pids(IEnumerable<ResourceRef> resources) =>
        resources.Where(r => r.Kind == LocalResourceKinds.Process).Select(r => int.Parse(r.Id, System.Globalization.CultureInfo.InvariantCulture));
}
