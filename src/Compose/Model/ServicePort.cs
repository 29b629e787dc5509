namespace HostPool.Compose.Model;

/// <summary>
/// One published or exposed port in long form. <see cref="Published"/> is a port (<c>"8080"</c>), a range
/// (<c>"8000-8010"</c>) or null (an ephemeral host port). <see cref="Mode"/> is <c>ingress</c> or <c>host</c>.
/// </summary>
public sealed record ServicePort(int Target, string? Published, string? HostIp, string Protocol, string Mode)
{
    public string? Name { get; init; }
    public string? AppProtocol { get; init; }
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = Empty.Data;
}
