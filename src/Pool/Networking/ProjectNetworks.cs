using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Docker.DotNet;
using Docker.DotNet.Models;
using HostPool.Compose.Model;
using HostPool.Pool.Deploy;
using Polly;

namespace HostPool.Pool.Networking;

/// <summary>
/// Makes each network a project declares exist in the pool's cluster as an attachable overlay network, so that
/// containers on any host join it and reach each other by service name. A declared driver other than overlay is
/// not honoured (a bridge cannot span hosts); external networks must already exist. A network whose options
/// changed is refused, as compose does, because containers would have to leave it first.
/// </summary>
internal static class ProjectNetworks
{
    public const string NetworkLabel = "com.docker.compose.network";
    public const string ConfigHashLabel = "com.hostpool.network-hash";

    public static async Task EnsureAsync(IDockerClient manager, ComposeProject project, IReadOnlySet<string> used, CancellationToken cancellationToken)
    {
        var existing = (await SwarmCalls.RunAsync(token => manager.Networks.ListNetworksAsync(new NetworksListParameters(), token), cancellationToken))
            .GroupBy(n => n.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (key, network) in project.Networks.Where(n => used.Contains(n.Key)).OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            existing.TryGetValue(network.Name, out var found);
            if (network.External)
            {
                if (found is null)
                {
                    throw new NotFoundException($"external network '{network.Name}' (network '{key}' of the project) does not exist in the pool's cluster; create it on a manager with `docker network create -d overlay --attachable {network.Name}`, or drop `external: true`");
                }

                continue;
            }

            var wanted = CreateParameters(project.Name, key, network);
            if (found is null)
            {
                await SwarmCalls.RunAsync(token => manager.Networks.CreateNetworkAsync(wanted, token), cancellationToken);
            }
            else if (!(found.Labels is { } labels && labels.TryGetValue(ConfigHashLabel, out var hash) && hash == wanted.Labels[ConfigHashLabel]))
            {
                throw new ConflictException($"network '{network.Name}' exists with other options than the project declares; run `hostpool down -p {project.Name}` to remove the project and its networks, then deploy again");
            }
        }
    }

    public static async Task RemoveAsync(IDockerClient manager, string project, CancellationToken cancellationToken)
    {
        var networks = await manager.Networks.ListNetworksAsync(
            new NetworksListParameters { Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{ContainerLabels.Project}={project}"] = true } } },
            cancellationToken);
        foreach (var network in networks)
        {
            try
            {
                await NetworkRelease.ExecuteAsync(async token => await manager.Networks.DeleteNetworkAsync(network.ID, token), cancellationToken);
            }
            catch (DockerApiException exception) when (InUse(exception))
            {
                throw new ConflictException(
                    $"network '{network.Name}' is still in use ({exception.ResponseBody?.Trim()}); a host that did not answer may still run a container on it: check `hostpool ls`, then run down again");
            }
        }
    }

    /// <summary>
    /// The cluster releases a network's attachments shortly after the last container on each host is removed;
    /// until then deleting it answers "in use". Named pipeline: constant short waits, a few seconds in all.
    /// </summary>
    private static readonly ResiliencePipeline NetworkRelease =
        EngineRetries.WhileSettling("hostpool-network-release", InUse, attempts: 40, TimeSpan.FromMilliseconds(250));

    private static bool InUse(DockerApiException exception) =>
        exception.ResponseBody?.Contains("in use", StringComparison.OrdinalIgnoreCase) == true;

    internal static NetworksCreateParameters CreateParameters(string project, string key, ComposeNetwork network)
    {
        var labels = new SortedDictionary<string, string>(network.Labels.ToDictionary(), StringComparer.Ordinal)
        {
            [ContainerLabels.Project] = project,
            [ContainerLabels.ComposeProject] = project,
            [NetworkLabel] = key,
        };
        var parameters = new NetworksCreateParameters
        {
            Name = network.Name,
            Driver = "overlay",
            Attachable = true,
            Internal = network.Internal,
            EnableIPv6 = network.EnableIpv6,
            Options = network.DriverOpts.Where(o => o.Value is not null).ToDictionary(o => o.Key, o => o.Value!),
            Labels = labels,
        };
        labels[ConfigHashLabel] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parameters))))[..16];
        return parameters;
    }
}
