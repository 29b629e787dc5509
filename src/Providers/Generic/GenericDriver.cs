using System.Net.Sockets;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Providers.Generic;

/// <summary>
/// Adopts a machine that already exists, reached over SSH. Non-destructive: it never changes the hostname,
/// keeps an engine that is already installed, and `rm` forgets the machine without touching it. Its only
/// resource is a copy of the SSH key in the host's folder.
/// </summary>
internal sealed class GenericDriver(HostPoolHome home) : IHostDriver
{
    public const string DriverName = "generic";
    public const string KeyResourceKind = "ssh-key-copy";

    public string Name => DriverName;

    public DriverCapabilities Capabilities => DriverCapabilities.None;

    public IReadOnlyList<DriverFlag> Flags { get; } =
    [
        new("generic-ip", "Address (IP or DNS name) of the machine to adopt (required)."),
        new("generic-ssh-user", "SSH user; it needs root or passwordless sudo.") { DefaultValue = "root" },
        new("generic-ssh-key", "Private key file for SSH.") { DefaultValue = "~/.ssh/id_rsa" },
        new("generic-ssh-port", "SSH port.") { DefaultValue = "22" },
    ];

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(spec.Option("generic-ip")))
        {
            throw new UsageException("The generic driver needs the machine's address: add --generic-ip ADDRESS.");
        }

        ParsePort(spec);
        var key = KeyPath(spec);
        if (!File.Exists(key))
        {
            throw new UsageException($"SSH key '{key}' does not exist. Point --generic-ssh-key at the private key that logs in to the machine.");
        }

        return Task.CompletedTask;
    }

    public async Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken)
    {
        progress.Report("copying SSH key");
        var folder = home.MachineDirectory(spec.Name);
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var keyCopy = Path.Combine(folder, "id_ssh");
        await journal.RecordAsync(new ResourceRef(KeyResourceKind, home.ToRelative(keyCopy)), cancellationToken);
        await using (var target = new FileStream(keyCopy, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        await using (var source = File.OpenRead(KeyPath(spec)))
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        var address = spec.Option("generic-ip")!;
        return new MachineHandle
        {
            Ssh = new SshEndpoint(address, ParsePort(spec), spec.Option("generic-ssh-user") ?? "root", home.ToRelative(keyCopy)),
            PublicAddress = address,
            ProviderId = address,
        };
    }

    public async Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.Ssh is null)
        {
            return new MachineStatus(MachineState.NotFound);
        }

        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host.Ssh.Address, host.Ssh.Port, cancellationToken);
            return new MachineStatus(MachineState.Running, host.PublicAddress, host.PrivateAddress);
        }
        catch (SocketException exception)
        {
            return new MachineStatus(MachineState.Error, Detail: $"SSH port {host.Ssh.Port} not reachable: {exception.Message}");
        }
    }

    public Task StartAsync(HostRecord host, CancellationToken cancellationToken) => throw Unsupported("start");

    public Task StopAsync(HostRecord host, CancellationToken cancellationToken) => throw Unsupported("stop");

    public Task RestartAsync(HostRecord host, CancellationToken cancellationToken) => throw Unsupported("restart");

    public Task KillAsync(HostRecord host, CancellationToken cancellationToken) => throw Unsupported("kill");

    /// <summary>Forgets the machine: only the key copy goes; the machine and its engine are left as they are.</summary>
    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken)
    {
        foreach (var resource in host.Resources.Where(r => r.Kind == KeyResourceKind).Reverse())
        {
            File.Delete(home.Resolve(resource.Id));
        }

        return Task.CompletedTask;
    }

    private static string KeyPath(HostSpec spec)
    {
        var key = spec.Option("generic-ssh-key") ?? "~/.ssh/id_rsa";
        return key.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), key[2..])
            : Path.GetFullPath(key);
    }

    private static int ParsePort(HostSpec spec)
    {
        var text = spec.Option("generic-ssh-port") ?? "22";
        return int.TryParse(text, out var port) && port is > 0 and < 65536
            ? port
            : throw new UsageException($"--generic-ssh-port must be a port number from 1 to 65535 (got '{text}').");
    }

    private UsageException Unsupported(string verb) =>
        new($"The generic driver does not {verb} machines it adopted; use the machine's own tools, then 'hostpool provision NAME'.");
}
