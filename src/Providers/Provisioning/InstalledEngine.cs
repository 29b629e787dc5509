namespace HostPool.Providers.Provisioning;

/// <summary>The engine found or installed on a host: the dockerd binary, its version, and whether hostpool installed it now.</summary>
internal sealed record InstalledEngine(string DockerdPath, string Version, bool Installed);
