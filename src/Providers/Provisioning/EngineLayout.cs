namespace HostPool.Providers.Provisioning;

/// <summary>
/// Where the engine's files live on a host. The standard layout is /etc/docker (certificates, daemon.json,
/// supervisor script) and /run/docker/hostpool (supervisor pid files and log); tests point it at a temporary folder.
/// </summary>
internal sealed record EngineLayout(string ConfigDirectory, string RunDirectory)
{
    public const string SystemdDropInFile = "/etc/systemd/system/docker.service.d/10-hostpool.conf";

    public const string StandardSocket = "unix:///var/run/docker.sock";

    /// <summary>The socket of a host whose /run/docker is its own while /run is shared with other hosts.</summary>
    public const string PrivateRunSocket = "unix:///run/docker/docker.sock";

    public static EngineLayout Standard { get; } = new("/etc/docker", "/run/docker/hostpool");

    public string CaFile => ConfigDirectory + "/ca.pem";

    public string ServerCertificateFile => ConfigDirectory + "/server.pem";

    public string ServerKeyFile => ConfigDirectory + "/server-key.pem";

    public string DaemonJsonFile => ConfigDirectory + "/daemon.json";

    public string SupervisorScript => ConfigDirectory + "/hostpool-dockerd.sh";

    public string DockerdPidFile => RunDirectory + "/dockerd.pid";

    public string DockerdLogFile => RunDirectory + "/dockerd.log";
}
