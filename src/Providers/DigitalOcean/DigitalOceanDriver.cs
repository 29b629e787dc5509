using System.Globalization;
using HostPool.Providers.DigitalOcean.Api;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Providers.DigitalOcean;

/// <summary>
/// Docker hosts on DigitalOcean droplets through the API v2 (a typed HTTP client, System.Text.Json): one droplet and
/// one SSH key per host, one cloud firewall per pool applied by the pool's tag. Power actions are polled to completion.
/// </summary>
internal sealed class DigitalOceanDriver(HostPoolHome home, DigitalOceanServices services) : IHostDriver
{
    public const string DriverName = "digitalocean";

    private readonly DigitalOceanCreate _create = new(home, services);
    private readonly DigitalOceanRemoval _removal = new(services);

    public string Name => DriverName;

    // A droplet keeps its addresses across power off and on.
    public DriverCapabilities Capabilities => DriverCapabilities.Lifecycle | DriverCapabilities.OwnsMachine;

    public IReadOnlyList<DriverFlag> Flags => DigitalOceanFlags.All;

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        DigitalOceanOptions.From(spec);
        return Task.CompletedTask;
    }

    public Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken) =>
        _create.CreateAsync(spec, journal, progress, cancellationToken);

    public async Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.ProviderId is null)
        {
            return new MachineStatus(MachineState.NotFound, Detail: "no droplet was made");
        }

        var api = services.Connect(DigitalOceanOptions.ConnectionOf(host));
        var droplet = await api.GetOrMissingAsync<DoDroplet>("droplets_get", $"v2/droplets/{host.ProviderId}", "droplet", cancellationToken);
        if (droplet is null)
        {
            return new MachineStatus(MachineState.NotFound, Detail: $"droplet {host.ProviderId} does not exist");
        }

        var state = droplet.Status switch
        {
            "new" => MachineState.Starting,
            "active" => MachineState.Running,
            "off" => MachineState.Stopped,
            "archive" => MachineState.NotFound,
            _ => MachineState.Unknown,
        };
        return new MachineStatus(state, droplet.Address("public"), droplet.Address("private"), droplet.Status);
    }

    public Task StartAsync(HostRecord host, CancellationToken cancellationToken) => ActAsync(host, "power_on", cancellationToken);

    public Task StopAsync(HostRecord host, CancellationToken cancellationToken) => ActAsync(host, "shutdown", cancellationToken);

    public Task RestartAsync(HostRecord host, CancellationToken cancellationToken) => ActAsync(host, "reboot", cancellationToken);

    public Task KillAsync(HostRecord host, CancellationToken cancellationToken) => ActAsync(host, "power_off", cancellationToken);

    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken) => _removal.RemoveAsync(host, cancellationToken);

    /// <summary>Posts a droplet action and polls it until completed.</summary>
    private async Task ActAsync(HostRecord host, string type, CancellationToken cancellationToken)
    {
        var id = host.ProviderId is { } providerId && long.TryParse(providerId, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new ProviderException($"Host '{host.Name}' has no droplet on record; run 'hostpool rm {host.Name}' and create it again.");
        var api = services.Connect(DigitalOceanOptions.ConnectionOf(host));
        var action = await api.PostAsync<DoAction>("dropletActions_post", $"v2/droplets/{id}/actions", new DoDropletAction(type), "action", cancellationToken);
        await services.Waits.ActionAsync(api, action.Id, $"{type} of droplet {id}", cancellationToken);
    }
}
