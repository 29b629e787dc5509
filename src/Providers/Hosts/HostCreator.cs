using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Store;

namespace HostPool.Providers.Hosts;

internal sealed class HostCreator(
    IDriverRegistry drivers,
    IHostStore store,
    IProvisioner provisioner,
    HostRemover remover,
    HostPoolHome home,
    TimeProvider time) : IHostCreator
{
    public async Task<HostRecord> CreateAsync(HostSpec spec, IProgress<HostProgress> progress, CancellationToken cancellationToken)
    {
        HostNames.Validate(spec.Name);
        var driver = drivers.Get(spec.Driver);
        var steps = new StepTracker(spec.Name, progress);
        steps.Report("checking flags and environment");
        await driver.PreflightAsync(spec, cancellationToken);

        using var lease = CreateLease.Acquire(home, spec.Name);
        await store.AddAsync(NewRecord(spec, driver), cancellationToken);
        try
        {
            var handle = await driver.CreateAsync(spec, new StoreJournal(store, spec.Name), steps, cancellationToken);
            var machine = await store.UpdateAsync(spec.Name, host => WithMachine(host, handle), CancellationToken.None);
            var result = await provisioner.ProvisionAsync(
                new ProvisionRequest(machine)
                {
                    SystemLabels = SystemLabels.For(machine),
                    SetHostname = driver.Capabilities.HasFlag(DriverCapabilities.SetsHostname),
                },
                steps,
                cancellationToken);
            var running = await store.UpdateAsync(spec.Name, host => host.WithProvisioning(result), CancellationToken.None);
            steps.Report("running");
            return running;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var failedStep = steps.Current;
            steps.Report("rolling back");
            var rollbackFailure = await remover.RollBackAsync(spec.Name, failedStep, exception);
            steps.Report(rollbackFailure is null ? "rolled back" : "rollback incomplete");
            throw new HostCreateException(
                spec.Name, failedStep, exception, rollbackFailure, cancelled: exception is OperationCanceledException && cancellationToken.IsCancellationRequested);
        }
    }

    private HostRecord NewRecord(HostSpec spec, IHostDriver driver)
    {
        var secretFlags = driver.Flags.Where(f => f.IsSecret).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return new HostRecord
        {
            Name = spec.Name,
            Pool = spec.Pool,
            Driver = driver.Name,
            State = HostState.Creating,
            CreatedAt = time.GetUtcNow(),
            DriverOptions = spec.DriverOptions
                .Where(option => !secretFlags.Contains(option.Key))
                .ToDictionary(option => option.Key, option => option.Value, StringComparer.Ordinal),
            Engine = spec.Engine,
            TlsSans = spec.TlsSans,
        };
    }

    private static HostRecord WithMachine(HostRecord host, MachineHandle handle) => host with
    {
        Ssh = handle.Ssh,
        PublicAddress = handle.PublicAddress,
        PrivateAddress = handle.PrivateAddress,
        ProviderId = handle.ProviderId,
        Region = handle.Region,
        DeclaredCapacity = handle.DeclaredCapacity,
    };
}
