using System.Globalization;
using System.Net;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.Local;

/// <summary>
/// Docker hosts made of Linux namespaces on this machine: per host a network namespace with its own address on a
/// shared bridge, and its own sshd in private mount and UTS namespaces (see docs on local hosts). Needs root.
/// </summary>
internal sealed class LocalDriver : IHostDriver, IClusterPortGuard
{
    public const string DriverName = "local";

    private readonly HostPoolHome _home;
    private readonly MachineLock _lock;
    private readonly BridgeNetwork _bridges;
    private readonly AddressLeases _leases;
    private readonly NetworkNamespaces _namespaces;
    private readonly SshdHost _sshd;
    private readonly HostProcesses _processes;
    private readonly LocalPreflight _preflight;
    private readonly LocalRemoval _removal;
    private readonly LocalClusterPorts _clusterPorts;

    public LocalDriver(HostPoolHome home, TimeProvider timeProvider, string stateDirectory)
    {
        var runner = new CommandRunner();
        var waits = new LocalWaits(timeProvider);
        _home = home;
        _lock = new MachineLock(Path.Combine(stateDirectory, "local.lock"), timeProvider);
        _bridges = new BridgeNetwork(runner);
        _leases = new AddressLeases(Path.Combine(stateDirectory, "local"));
        _namespaces = new NetworkNamespaces(runner);
        _sshd = new SshdHost(runner, waits);
        _processes = new HostProcesses(_namespaces, waits);
        _preflight = new LocalPreflight(runner);
        _removal = new LocalRemoval(home, _lock, _bridges, _leases, _namespaces, _processes, runner);
        _clusterPorts = new LocalClusterPorts(runner);
    }

    public string Name => DriverName;

    public DriverCapabilities Capabilities => DriverCapabilities.Lifecycle | DriverCapabilities.OwnsMachine | DriverCapabilities.SetsHostname;

    public IReadOnlyList<DriverFlag> Flags => LocalFlags.All;

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken) => _preflight.CheckAsync(spec, cancellationToken);

    public async Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var options = LocalOptions.From(spec);
        var names = LocalNames.For(_home, spec.Name);
        var layout = LocalHostLayout.For(_home, spec.Name);

        progress.Report($"Creating {_home.ToRelative(layout.MachineDirectory)} with a new SSH key");
        PrivateFile.CreateDirectory(layout.MachineDirectory);
        await journal.RecordAsync(new ResourceRef(LocalResourceKinds.Folder, _home.ToRelative(layout.MachineDirectory)), cancellationToken);
        var key = SshKeyPair.Generate($"hostpool-{spec.Name}");
        await key.WriteAsync(layout.PrivateKey, cancellationToken);

        IPAddress address;
        using (await _lock.AcquireAsync(cancellationToken))
        {
            progress.Report($"Attaching to bridge {options.Bridge} ({options.Subnet})");
            await _bridges.EnsureAsync(options.Bridge, options.Subnet, cancellationToken);
            await journal.RecordAsync(
                new ResourceRef(LocalResourceKinds.Bridge, options.Bridge) { Attributes = Attributes(("subnet", options.Subnet.ToString())) },
                cancellationToken);
            address = await _leases.AllocateAsync(options.Bridge, options.Subnet, names.Namespace, cancellationToken);
            await journal.RecordAsync(
                new ResourceRef(LocalResourceKinds.Address, address.ToString()) { Attributes = Attributes(("bridge", options.Bridge), ("netns", names.Namespace)) },
                cancellationToken);
        }

        await _namespaces.AddAsync(names.Namespace, cancellationToken);
        await journal.RecordAsync(new ResourceRef(LocalResourceKinds.NetworkNamespace, names.Namespace), cancellationToken);

        progress.Report($"Giving {names.Namespace} the address {address}");
        await _namespaces.AddVethAsync(names, cancellationToken);
        await journal.RecordAsync(new ResourceRef(LocalResourceKinds.Veth, names.Veth), cancellationToken);
        await _namespaces.ConfigureVethAsync(names, options.Bridge, address, options.Subnet, cancellationToken);

        progress.Report("Starting sshd");
        await SshdHost.WriteFilesAsync(layout, address, key.PublicKey, cancellationToken);
        await StartSshdAsync(spec.Name, names.Namespace, layout, address, journal, cancellationToken);

        await journal.SetProviderDataAsync(LocalResourceKinds.DataNamespace, names.Namespace, cancellationToken);
        await journal.SetProviderDataAsync(LocalResourceKinds.DataVeth, names.Veth, cancellationToken);
        await journal.SetProviderDataAsync(LocalResourceKinds.DataBridge, options.Bridge, cancellationToken);
        await journal.SetProviderDataAsync(LocalResourceKinds.DataSubnet, options.Subnet.ToString(), cancellationToken);
        await journal.SetProviderDataAsync(LocalResourceKinds.DataAddress, address.ToString(), cancellationToken);
        return new MachineHandle
        {
            Ssh = new SshEndpoint(address.ToString(), 22, "root", _home.ToRelative(layout.PrivateKey)),
            PublicAddress = address.ToString(),
            PrivateAddress = address.ToString(),
            ProviderId = names.Namespace,
            DeclaredCapacity = options.Capacity,
        };
    }

    public Task AllowClusterPeersAsync(HostRecord host, IReadOnlyCollection<string> peers, CancellationToken cancellationToken) =>
        _clusterPorts.ApplyAsync(LocalMachine.For(_home, host).Namespace, peers, cancellationToken);

    public async Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken)
    {
        var machine = LocalMachine.For(_home, host);
        if (!NetworkNamespaces.Exists(machine.Namespace))
        {
            return new MachineStatus(MachineState.NotFound, Detail: $"the network namespace {machine.Namespace} does not exist");
        }

        var pids = await _processes.FindAsync(machine.Namespace, [], cancellationToken);
        if (pids.Count == 0)
        {
            return new MachineStatus(MachineState.Stopped, machine.Address, machine.Address);
        }

        return pids.Any(pid => ProcFs.Executable(pid) == SshdHost.Program)
            ? new MachineStatus(MachineState.Running, machine.Address, machine.Address)
            : new MachineStatus(MachineState.Error, machine.Address, machine.Address, $"sshd is not running but {pids.Count} other processes are; restart the host");
    }

    public async Task StartAsync(HostRecord host, CancellationToken cancellationToken)
    {
        var machine = LocalMachine.For(_home, host);
        var status = await GetStatusAsync(host, cancellationToken);
        switch (status.State)
        {
            case MachineState.Running:
                return;
            case MachineState.NotFound:
                throw new ProviderException(
                    $"The local host '{host.Name}' is gone ({status.Detail}), for instance after a reboot. Run 'hostpool rm {host.Name}' and create it again.");
            case MachineState.Error:
                await _processes.EndAsync(machine.Namespace, [], graceful: true, cancellationToken);
                break;
        }

        var address = IPAddress.Parse(machine.Address ?? throw new ProviderException(
            $"The record of '{host.Name}' has no address. Run 'hostpool rm {host.Name}' and create it again."));
        await StartSshdAsync(host.Name, machine.Namespace, machine.Layout, address, journal: null, cancellationToken);
    }

    public async Task StopAsync(HostRecord host, CancellationToken cancellationToken) =>
        await _processes.EndAsync(LocalMachine.For(_home, host).Namespace, [], graceful: true, cancellationToken);

    public async Task RestartAsync(HostRecord host, CancellationToken cancellationToken)
    {
        await StopAsync(host, cancellationToken);
        await StartAsync(host, cancellationToken);
    }

    public async Task KillAsync(HostRecord host, CancellationToken cancellationToken) =>
        await _processes.EndAsync(LocalMachine.For(_home, host).Namespace, [], graceful: false, cancellationToken);

    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken) => _removal.RemoveAsync(host, cancellationToken);

    private async Task StartSshdAsync(
        string hostName, string networkNamespace, LocalHostLayout layout, IPAddress address, IResourceJournal? journal, CancellationToken cancellationToken)
    {
        var pid = await _sshd.StartAsync(networkNamespace, layout, hostName, cancellationToken);
        if (journal is not null)
        {
            if (ProcFs.Namespace(pid, "mnt") is { } mounts)
            {
                await journal.RecordAsync(
                    new ResourceRef(LocalResourceKinds.MountNamespace, mounts)
                    {
                        Attributes = Attributes(("mounts", string.Join(',', layout.BindMounts.Select(m => m.Target)))),
                    },
                    cancellationToken);
            }

            var startTime = ProcFs.Read(pid)?.StartTime ?? 0;
            await journal.RecordAsync(
                new ResourceRef(LocalResourceKinds.Process, pid.ToString(CultureInfo.InvariantCulture))
                {
                    Attributes = Attributes(("start-time", startTime.ToString(CultureInfo.InvariantCulture)), ("program", SshdHost.Program)),
                },
                cancellationToken);
        }

        await _sshd.WaitReadyAsync(pid, address, layout, cancellationToken);
    }

    private static Dictionary<string, string> Attributes(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
