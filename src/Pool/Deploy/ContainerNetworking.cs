using Docker.DotNet.Models;
using HostPool.Compose.Model;

namespace HostPool.Pool.Deploy;

/// <summary>
/// How a replica joins the project's networks: the first network (highest priority, then by name) at create, the
/// others right after. Every replica answers on each network to its service name and the aliases the file gives,
/// so any replica on any host reaches a service by name. <c>network_mode</c> replaces all of this.
/// </summary>
internal static class ContainerNetworking
{
    public static (string? Mode, NetworkingConfig? AtCreate, IReadOnlyList<NetworkAttachment> Later) Of(ComposeProject project, ComposeService service)
    {
        if (service.NetworkMode is { } mode)
        {
            return (mode, null, []);
        }

        var attachments = service.Networks
            .OrderByDescending(n => n.Value?.Priority ?? 0)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new NetworkAttachment(NameOf(project, n.Key), Endpoint(service, n.Value)))
            .ToList();
        if (attachments.Count == 0)
        {
            return (null, null, []);
        }

        var first = attachments[0];
        return (first.Network, new NetworkingConfig { EndpointsConfig = new Dictionary<string, EndpointSettings> { [first.Network] = first.Endpoint } }, attachments[1..]);
    }

    /// <summary>The compose networks the project's services join (the ones a deploy must make exist).</summary>
    public static IReadOnlySet<string> Used(ComposeProject project) =>
        project.Services.Values.Where(s => s.NetworkMode is null).SelectMany(s => s.Networks.Keys).ToHashSet(StringComparer.Ordinal);

    private static string NameOf(ComposeProject project, string key) =>
        project.Networks.TryGetValue(key, out var network) ? network.Name : $"{project.Name}_{key}";

    private static EndpointSettings Endpoint(ComposeService service, ServiceNetwork? attachment) => new()
    {
        Aliases = [service.Name, .. (attachment?.Aliases ?? []).Where(a => a != service.Name)],
        IPAMConfig = attachment?.Ipv4Address is null && attachment?.Ipv6Address is null
            ? null
            : new EndpointIPAMConfig { IPv4Address = attachment.Ipv4Address!, IPv6Address = attachment.Ipv6Address! },
        MacAddress = attachment?.MacAddress!,
    };
}
