namespace HostPool.Pool.Scheduling;

/// <summary>
/// A port published on the host: a per-host resource. Two ports clash when protocol and port are equal
/// and their host addresses are equal or either is the wildcard (empty, 0.0.0.0 or ::).
/// </summary>
public sealed record PublishedPort(int Port, string Protocol = "tcp", string HostIp = "")
{
    public bool ClashesWith(PublishedPort other) =>
        Port == other.Port
        && string.Equals(Protocol, other.Protocol, StringComparison.OrdinalIgnoreCase)
        && (IsWildcard(HostIp) || IsWildcard(other.HostIp) || string.Equals(HostIp, other.HostIp, StringComparison.OrdinalIgnoreCase));

    public override string ToString() =>
        (IsWildcard(HostIp) ? string.Empty : HostIp + ":") + Port + "/" + Protocol;

    private static bool IsWildcard(string ip) => ip.Length == 0 || ip == "0.0.0.0" || ip == "::";
}
