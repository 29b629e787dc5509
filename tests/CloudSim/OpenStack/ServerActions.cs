using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>POST /servers/{id}/action: os-start (SHUTOFF only), os-stop (ACTIVE or ERROR) and reboot (ACTIVE); 409 otherwise, as Nova says it.</summary>
internal sealed class ServerActions(OsCloud cloud)
{
    public JsonResult Act(OsRequest request)
    {
        var server = cloud.Server(request.Segments[1]);
        var action = (request.Body as JsonObject)?.FirstOrDefault().Key
            ?? throw OsSimErrors.BadRequest(OsService.Compute, "Malformed request body");
        if (server.TaskState is not null)
        {
            throw OsSimErrors.Conflict($"Cannot '{action}' instance {server.Id} while it is in task_state {server.TaskState}");
        }

        switch (action)
        {
            case "os-stop" when server.Status is "ACTIVE" or "ERROR":
                server.Begin(server.Status, "powering-off", "SHUTOFF", previous => MachineWork.AfterAsync(previous, () => server.Machine, m => cloud.Backend.StopAsync(m, CancellationToken.None)), cloud.Due);
                break;
            case "os-start" when server.Status == "SHUTOFF":
                server.Begin("SHUTOFF", "powering-on", "ACTIVE", previous => MachineWork.AfterAsync(previous, () => server.Machine, async m => server.Machine = await cloud.Backend.StartAsync(m, CancellationToken.None)), cloud.Due);
                break;
            case "reboot" when server.Status == "ACTIVE":
                var type = ((request.Body as JsonObject)?["reboot"] as JsonObject)?["type"]?.ToString();
                if (type is not ("SOFT" or "HARD"))
                {
                    throw OsSimErrors.BadRequest(OsService.Compute, "Invalid input for field/attribute type. Value: " + type);
                }

                server.Begin(type == "SOFT" ? "REBOOT" : "HARD_REBOOT", type == "SOFT" ? "rebooting" : "rebooting_hard", "ACTIVE", previous => MachineWork.AfterAsync(previous, () => server.Machine, _ => Task.CompletedTask), cloud.Due);
                break;
            case "os-stop" or "os-start" or "reboot":
                var vmState = server.Status switch { "SHUTOFF" => "stopped", _ => server.Status.ToLowerInvariant() };
                throw OsSimErrors.Conflict($"Cannot '{action}' instance {server.Id} while it is in vm_state {vmState}");
            default:
                throw OsSimErrors.BadRequest(OsService.Compute, $"There is no such action: {action}");
        }

        return new JsonResult(202, null);
    }
}
