namespace HostPool.Compose.Model;

/// <summary>How a service joins one network: aliases and fixed addresses.</summary>
public sealed record ServiceNetwork
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Ipv4Address { get; init; }
    public string? Ipv6Address { get; init; }
    public string? MacAddress { get; init; }
    public IReadOnlyList<string> LinkLocalIps { get; init; } = [];
    public int? Priority { get; init; }
    public string? InterfaceName { get; init; }
    public IReadOnlyDictionary<string, object?> Options { get; init; } = Empty.Data;
}
