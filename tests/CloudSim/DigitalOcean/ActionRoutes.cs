using System.Globalization;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>Droplet actions (power_on, power_off, shutdown, reboot, power_cycle: 201 with the action) and action reads.</summary>
internal sealed class ActionRoutes(DoCloud cloud)
{
    public IReadOnlyList<JsonRoute<DoRequest>> Routes =>
    [
        new("POST", "droplets/{}/actions", "dropletActions_post", Post),
        new("GET", "droplets/{}/actions/{}", "dropletActions_get", r => One(r.Segments[3], cloud.Droplet(r.Segments[1]).Id)),
        new("GET", "actions/{}", "actions_get", r => One(r.Segments[1], null)),
        new("GET", "actions", "actions_list", r => JsonResult.Ok(DoPaging.Page("actions", [.. cloud.Actions.OrderByDescending(a => a.Id).Select(a => (JsonNode)DoShapes.Action(a))], r, "actions"))),
    ];

    private JsonResult Post(DoRequest request)
    {
        var droplet = cloud.Droplet(request.Segments[1]);
        var type = request.Required("type");
        if (droplet.Deleting)
        {
            throw DoSimErrors.Unprocessable("Droplet is being destroyed.");
        }

        var action = cloud.StartAction(droplet, type);
        switch (type)
        {
            case "power_off" or "shutdown" when droplet.Status == "active":
                droplet.Begin(action, "off", previous => MachineWork.AfterAsync(previous, () => droplet.Machine, m => cloud.Backend.StopAsync(m, CancellationToken.None)), cloud.Due);
                break;
            case "power_on" when droplet.Status == "off":
                droplet.Begin(action, "active", previous => MachineWork.AfterAsync(previous, () => droplet.Machine, async m => droplet.Machine = await cloud.Backend.StartAsync(m, CancellationToken.None)), cloud.Due);
                break;
            case "reboot" or "power_cycle" when droplet.Status == "active":
                droplet.Begin(action, "active", previous => MachineWork.AfterAsync(previous, () => droplet.Machine, _ => Task.CompletedTask), cloud.Due);
                break;
            case "power_off" or "shutdown" or "power_on" or "reboot" or "power_cycle" when droplet.Status != "new":
                action.Finish(succeeded: true, cloud.Now);  // already in the asked state
                break;
            case "power_off" or "shutdown" or "power_on" or "reboot" or "power_cycle":
                throw DoSimErrors.Unprocessable("Droplet is currently being created; try again when it is active.");
            default:
                cloud.Actions.Remove(action);
                throw DoSimErrors.Unprocessable($"Action type '{type}' is not supported.");
        }

        return new JsonResult(201, new JsonObject { ["action"] = DoShapes.Action(action) });
    }

    private JsonResult One(string id, long? dropletId)
    {
        var action = cloud.Actions.FirstOrDefault(a => a.Id.ToString(CultureInfo.InvariantCulture) == id && (dropletId is null || a.DropletId == dropletId))
            ?? throw DoSimErrors.NotFound();
        return JsonResult.Ok(new JsonObject { ["action"] = DoShapes.Action(action) });
    }
}
