using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Store;

namespace HostPool.Providers.Hosts;

internal sealed class HostLifecycle(IDriverRegistry drivers, IHostStore store, IProvisioner provisioner) : IHostLifecycle
{
    public async Task<HostRecord> StartAsync(string name, IProgress<HostProgress> progress, CancellationToken cancellationToken)
    {
        var (host, driver) = await LoadAsync(name, DriverCapabilities.Start, "start", cancellationToken);
        progress.Report(new HostProgress(name, "starting machine"));
        await driver.StartAsync(host, cancellationToken);
        return await BringUpAsync(host, driver, regenerateCertificates: false, progress, cancellationToken);
    }

    public async Task<HostRecord> StopAsync(string name, CancellationToken cancellationToken)
    {
        var (host, driver) = await LoadAsync(name, DriverCapabilities.Stop, "stop", cancellationToken);
        await driver.StopAsync(host, cancellationToken);
        return await store.UpdateAsync(name, h => h with { State = HostState.Stopped }, CancellationToken.None);
    }

    public async Task<HostRecord> RestartAsync(string name, IProgress<HostProgress> progress, CancellationToken cancellationToken)
    {
        var (host, driver) = await LoadAsync(name, DriverCapabilities.Restart, "restart", cancellationToken);
        progress.Report(new HostProgress(name, "restarting machine"));
        await driver.RestartAsync(host, cancellationToken);
        return await BringUpAsync(host, driver, regenerateCertificates: false, progress, cancellationToken);
    }

    public async Task<HostRecord> KillAsync(string name, CancellationToken cancellationToken)
    {
        var (host, driver) = await LoadAsync(name, DriverCapabilities.Kill, "kill", cancellationToken);
        await driver.KillAsync(host, cancellationToken);
        return await store.UpdateAsync(name, h => h with { State = HostState.Stopped }, CancellationToken.None);
    }

    public async Task<HostRecord> ProvisionAsync(string name, bool regenerateCertificates, IProgress<HostProgress> progress, CancellationToken cancellationToken)
    {
        var (host, driver) = await LoadAsync(name, DriverCapabilities.None, "provision", cancellationToken);
        return await BringUpAsync(host, driver, regenerateCertificates, progress, cancellationToken);
    }

    private async Task<HostRecord> BringUpAsync(
        HostRecord host, IHostDriver driver, bool regenerateCertificates, IProgress<HostProgress> progress, CancellationToken cancellationToken)
    {
        var status = await driver.GetStatusAsync(host, cancellationToken);
        if (status.State is MachineState.NotFound)
        {
            throw new ProviderException(
                $"The {host.Driver} provider has no machine for host '{host.Name}' any more. Remove it with 'hostpool rm -f {host.Name}'.");
        }

        var current = await store.UpdateAsync(host.Name, h => WithAddresses(h, status), CancellationToken.None);
        var steps = new StepTracker(host.Name, progress);
        var result = await provisioner.ProvisionAsync(
            new ProvisionRequest(current)
            {
                SystemLabels = SystemLabels.For(current),
                SetHostname = driver.Capabilities.HasFlag(DriverCapabilities.SetsHostname),
                RegenerateCertificates = regenerateCertificates,
            },
            steps,
            cancellationToken);
        return await store.UpdateAsync(host.Name, h => h.WithProvisioning(result), CancellationToken.None);
    }

    /// <summary>A cloud machine may come back from stop with a new address: follow it in the record and SSH endpoint.</summary>
    private static HostRecord WithAddresses(HostRecord host, MachineStatus status)
    {
        if (status.PublicAddress is null || status.PublicAddress == host.PublicAddress)
        {
            return host;
        }

        return host with
        {
            PublicAddress = status.PublicAddress,
            PrivateAddress = status.PrivateAddress ?? host.PrivateAddress,
            Ssh = host.Ssh is null ? null : host.Ssh with { Address = status.PublicAddress },
        };
    }

    private async Task<(HostRecord Host, IHostDriver Driver)> LoadAsync(
        string name, DriverCapabilities needed, string verb, CancellationToken cancellationToken)
    {
        var host = await store.FindAsync(name, cancellationToken) ?? throw HostNotFound.For(name);
        if (host.State is HostState.Creating or HostState.Removing)
        {
            throw new ConflictException(
                $"Host '{name}' is {host.State.ToString().ToLowerInvariant()}; wait for that to finish " +
                $"(or, if that command was killed, run 'hostpool rm {name}' to clean up).");
        }

        var driver = drivers.Get(host.Driver);
        if (!driver.Capabilities.HasFlag(needed))
        {
            throw new UsageException(
                $"The {driver.Name} driver cannot {verb} machines (host '{name}'). Use the machine's own tools for that.");
        }

        return (host, driver);
    }
}
