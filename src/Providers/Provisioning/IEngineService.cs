namespace HostPool.Providers.Provisioning;

/// <summary>How dockerd is kept running on a host: its configuration files and how to (re)start it.</summary>
internal interface IEngineService
{
    /// <summary>The service file (systemd drop-in or supervisor script) for this command line and environment.</summary>
    RemoteFile ServiceFile(IReadOnlyList<string> dockerdCommand, IReadOnlyList<KeyValuePair<string, string>> environment);

    /// <summary>Starts dockerd when it is not running; with <paramref name="restart"/>, restarts it to apply a changed configuration.</summary>
    Task StartAsync(RootShell shell, bool restart, CancellationToken cancellationToken);
}
