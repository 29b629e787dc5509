namespace HostPool.Providers.Provisioning;

/// <summary>An operating system as /etc/os-release names it, and its family.</summary>
internal sealed record OperatingSystemInfo(string Id, string VersionId, OsFamily Family)
{
    /// <summary>"debian 12", "rocky 9.3", "alpine 3.19.1".</summary>
    public string Display => string.IsNullOrEmpty(VersionId) ? Id : $"{Id} {VersionId}";
}
