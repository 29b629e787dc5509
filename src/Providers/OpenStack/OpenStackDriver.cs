using System.Text.Json.Nodes;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.Providers.OpenStack;

/// <summary>
/// Docker hosts on OpenStack through Keystone v3, Nova 2.1 (microversion negotiated), Neutron and Glance as a typed HTTP
/// client: one server and one imported key pair per host, one security group per pool, a floating IP when asked.
/// </summary>
internal sealed class OpenStackDriver(HostPoolHome home, OpenStackServices services) : IHostDriver
{
    public const string DriverName = "openstack";

    private readonly OpenStackCreate _create = new(home, services);
    private readonly OpenStackRemoval _removal = new(services);

    public string Name => DriverName;

    public DriverCapabilities Capabilities => DriverCapabilities.Lifecycle | DriverCapabilities.OwnsMachine;

    public IReadOnlyList<DriverFlag> Flags => OpenStackFlags.All;

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        OpenStackOptions.From(spec);
        return Task.CompletedTask;
    }

    public Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken) =>
        _create.CreateAsync(spec, journal, progress, cancellationToken);

    public async Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.ProviderId is null)
        {
            return new MachineStatus(MachineState.NotFound, Detail: "no server was made");
        }

        var api = services.Connect(OpenStackOptions.CredentialsOf(host));
        if (await api.GetOrMissingAsync(OsServices.Compute, "servers_get", $"servers/{host.ProviderId}", cancellationToken) is not { } answer)
        {
            return new MachineStatus(MachineState.NotFound, Detail: $"server {host.ProviderId} does not exist");
        }

        var server = answer.GetProperty("server");
        var status = server.GetProperty("status").GetString();
        var state = status switch
        {
            "BUILD" or "REBOOT" or "HARD_REBOOT" => MachineState.Starting,
            "ACTIVE" => MachineState.Running,
            "SHUTOFF" => MachineState.Stopped,
            "ERROR" => MachineState.Error,
            "DELETED" or "SOFT_DELETED" => MachineState.NotFound,
            _ => MachineState.Unknown,
        };
        var address = OpenStackAddresses.Floating(server) ?? OpenStackAddresses.Fixed(server);
        return new MachineStatus(state, address, OpenStackAddresses.Fixed(server), status == "ERROR" ? OpenStackWaits.Fault(server) : status);
    }

    public Task StartAsync(HostRecord host, CancellationToken cancellationToken) => ActAsync(host, new JsonObject { ["os-start"] = null }, "ACTIVE", cancellationToken);

    public Task StopAsync(HostRecord host, CancellationToken cancellationToken) => ActAsync(host, new JsonObject { ["os-stop"] = null }, "SHUTOFF", cancellationToken);

    public Task RestartAsync(HostRecord host, CancellationToken cancellationToken) =>
        ActAsync(host, new JsonObject { ["reboot"] = new JsonObject { ["type"] = "SOFT" } }, "ACTIVE", cancellationToken);

    public Task KillAsync(HostRecord host, CancellationToken cancellationToken) => StopAsync(host, cancellationToken);

    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken) => _removal.RemoveAsync(host, cancellationToken);

    /// <summary>POST /servers/{id}/action (server-action-*.json) and a wait for the status it leads to.</summary>
    private async Task ActAsync(HostRecord host, JsonObject action, string status, CancellationToken cancellationToken)
    {
        var id = host.ProviderId ?? throw new ProviderException($"Host '{host.Name}' has no server on record; run 'hostpool rm {host.Name}' and create it again.");
        var api = services.Connect(OpenStackOptions.CredentialsOf(host));
        await api.SendAsync(OsServices.Compute, "servers_action", HttpMethod.Post, $"servers/{id}/action", action, cancellationToken);
        await services.Waits.ServerAsync(api, id, status, cancellationToken);
    }
}
