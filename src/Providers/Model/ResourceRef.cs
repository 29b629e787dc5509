namespace HostPool.Providers.Model;

/// <summary>
/// One resource a driver made for a host (a namespace, a process, an instance, a key pair, a security group),
/// journaled the moment it exists so that rollback and remove can find it. <see cref="Kind"/> is driver-defined.
/// </summary>
public sealed record ResourceRef(string Kind, string Id)
{
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
