namespace HostPool.Providers.Model;

/// <summary>How the Docker engine on a host is installed and configured (Docker Machine's --engine-* flags).</summary>
public sealed record EngineOptions
{
    /// <summary>Labels given with --engine-label (k=v); provider, host name and region labels are added by hostpool.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Extra dockerd flags given with --engine-opt (e.g. "log-level=debug" becomes --log-level=debug).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Environment for the daemon given with --engine-env (k=v).</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    public IReadOnlyList<string> InsecureRegistries { get; init; } = [];

    public IReadOnlyList<string> RegistryMirrors { get; init; } = [];

    /// <summary>A script URL that installs Docker when it is missing; null means the OS package manager.</summary>
    public string? InstallUrl { get; init; }

    /// <summary>A Docker version to pin when installing (package version prefix); null means the distribution's current one.</summary>
    public string? DockerVersion { get; init; }

    /// <summary>The TCP port dockerd serves mutual TLS on.</summary>
    public int Port { get; init; } = 2376;
}
