using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// Microsoft.Compute virtual machines and disks. A new VM answers 201 with provisioningState Creating and an
/// Azure-AsyncOperation link; its machine is made by the backend (with the SSH key of osProfile), then it is running.
/// Start, powerOff, deallocate, restart and delete answer 202 and finish in the background. The OS disk is a resource
/// of its own (untagged, as on Azure), deleted with the VM when its deleteOption says so.
/// </summary>
internal sealed class VmActions(AzureCloud cloud)
{
    public const string VmType = "Microsoft.Compute/virtualMachines";
    public const string DiskType = "Microsoft.Compute/disks";
    private const string Namespace = "Microsoft.Compute";

    public SimResponse Put(ArmRequest request, string group, string name, bool outOfCapacity)
    {
        var id = $"{cloud.GroupId(group)}/providers/{VmType}/{name}";
        var body = request.Body as JsonObject ?? [];
        var location = body["location"]?.GetValue<string>() ?? "";
        var properties = (body["properties"] as JsonObject)?.DeepClone() as JsonObject ?? [];
        var size = properties["hardwareProfile"]?["vmSize"]?.GetValue<string>() ?? "";
        if (!cloud.Options.Locations.Contains(location))
        {
            return ArmErrors.Error("LocationNotAvailableForResourceType", $"The provided location '{location}' is not available for resource type '{VmType}'.");
        }

        if (cloud.Options.UnavailableSizes.Contains(size))
        {
            return ArmErrors.Error("SkuNotAvailable", $"The requested VM size '{size}' is currently not available in location '{location}'.");
        }

        var user = properties["osProfile"]?["adminUsername"]?.GetValue<string>() ?? "";
        var key = (properties["osProfile"]?["linuxConfiguration"]?["ssh"]?["publicKeys"] as JsonArray)?.FirstOrDefault()?["keyData"]?.GetValue<string>() ?? "";
        SimResource vm;
        SimOperation operation;
        lock (cloud.Gate)
        {
            if (!cloud.Groups.ContainsKey(group))
            {
                return ArmErrors.GroupNotFound(group);
            }

            if (cloud.Resources.GetValueOrDefault(id) is { } existing)
            {
                return cloud.Accepted(SimResponse.Json(200, existing.ToJson()), request, Namespace, location, cloud.DoneOperation(), withLocation: false);
            }

            foreach (var nic in SimReferences.NicsOf(new SimResource { Id = id, Type = VmType, Name = name, Group = group, Location = location, Properties = properties }))
            {
                if (!cloud.Resources.ContainsKey(nic))
                {
                    return ArmErrors.Error("InvalidResourceReference", $"Resource {nic} referenced by the virtual machine was not found.");
                }

                if (cloud.Resources.Values.Any(v => SimReferences.IsType(v, VmType) && SimReferences.NicsOf(v).Any(n => SimReferences.Same(n, nic))))
                {
                    return ArmErrors.Error("NicInUse", $"Network interface {nic} is attached to another virtual machine.");
                }
            }

            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(user))
            {
                return ArmErrors.Error("InvalidParameter", "Linux VMs need osProfile.adminUsername and an SSH public key.");
            }

            properties["vmId"] = Guid.NewGuid().ToString();
            var diskName = properties["storageProfile"]?["osDisk"]?["name"]?.GetValue<string>() ?? $"{name}_OsDisk_1_{Guid.NewGuid():N}";
            var diskId = $"{cloud.GroupId(group)}/providers/{DiskType}/{diskName}";
            if (properties["storageProfile"]?["osDisk"] is JsonObject osDisk)
            {
                osDisk["name"] = diskName;
                osDisk["managedDisk"] = new JsonObject { ["id"] = diskId, ["storageAccountType"] = osDisk["managedDisk"]?["storageAccountType"]?.GetValue<string>() ?? "Standard_LRS" };
            }

            var tags = NetworkActions.Tags(body);
            vm = new SimResource
            {
                Id = id, Type = VmType, Name = name, Group = group, Location = location, Properties = properties, Tags = tags,
                Zones = body["zones"]?.DeepClone(), ProvisioningState = "Creating", PowerState = "starting", Busy = true,
            };
            cloud.Resources[id] = vm;
            cloud.Resources[diskId] = new SimResource
            {
                Id = diskId, Type = DiskType, Name = diskName, Group = group, Location = location, ReportTags = new Dictionary<string, string>(tags, StringComparer.Ordinal),
                Properties = new JsonObject { ["diskSizeGB"] = properties["storageProfile"]?["osDisk"]?["diskSizeGB"]?.DeepClone() ?? 30, ["diskState"] = "Attached" },
            };
            cloud.Resources[diskId].Properties["managedBy"] = id;
            operation = cloud.NewOperation();
        }

        var machineName = "az-" + vm.Properties["vmId"]!.GetValue<string>()[..8];
        cloud.Run(operation, async token =>
        {
            if (outOfCapacity)
            {
                throw new CapacityException();
            }

            var machine = await cloud.Backend.CreateAsync(new MachineRequest(machineName, key, user), token);
            lock (cloud.Gate)
            {
                vm.Machine = machine;
            }

            await Task.Delay(cloud.Options.TransitionTime, cloud.Time, token);
            lock (cloud.Gate)
            {
                vm.ProvisioningState = "Succeeded";
                vm.PowerState = "running";
                vm.Busy = false;
            }
        }, error =>
        {
            vm.ProvisioningState = "Failed";
            vm.PowerState = "stopped";
            vm.Busy = false;
            if (error is CapacityException)
            {
                operation.Fail("AllocationFailed", "Allocation failed. We do not have sufficient capacity for the requested VM size in this region.", cloud.Time.GetUtcNow());
            }
        });
        return cloud.Accepted(SimResponse.Json(201, vm.ToJson()), request, Namespace, location, operation, withLocation: false);
    }

    public SimResponse Get(string group, string name, bool instanceView)
    {
        lock (cloud.Gate)
        {
            if (cloud.Resources.GetValueOrDefault($"{cloud.GroupId(group)}/providers/{VmType}/{name}") is not { } vm)
            {
                return ArmErrors.NotFound(VmType, name, group);
            }

            return SimResponse.Json(200, instanceView ? InstanceView(vm) : vm.ToJson());
        }
    }

    public SimResponse Delete(ArmRequest request, string group, string name)
    {
        SimResource vm;
        SimOperation operation;
        lock (cloud.Gate)
        {
            if (cloud.Resources.GetValueOrDefault($"{cloud.GroupId(group)}/providers/{VmType}/{name}") is not { } found)
            {
                return new SimResponse(204);
            }

            if (found.ProvisioningState == "Deleting")
            {
                return ArmErrors.Error("AnotherOperationInProgress", $"Operation 'delete' is not allowed on VM '{name}' since the VM is being deleted.");
            }

            vm = found;
            vm.ProvisioningState = "Deleting";
            vm.Busy = true;
            operation = cloud.NewOperation();
        }

        cloud.Run(operation, async token =>
        {
            while (true)
            {
                SimMachine? machine;
                lock (cloud.Gate)
                {
                    machine = vm.Machine;
                    if (machine is null && vm.PowerState is not "starting")
                    {
                        break;
                    }

                    vm.Machine = null;
                }

                if (machine is not null)
                {
                    await cloud.Backend.TerminateAsync(machine, token);
                    break;
                }

                // The create's machine is still being made; its delete waits for it, as Azure serializes a VM's operations.
                await Task.Delay(TimeSpan.FromMilliseconds(50), cloud.Time, token);
            }

            await Task.Delay(cloud.Options.TransitionTime, cloud.Time, token);
            lock (cloud.Gate)
            {
                cloud.Resources.Remove(vm.Id);
                var disk = vm.Properties["storageProfile"]?["osDisk"];
                if (disk?["managedDisk"]?["id"]?.GetValue<string>() is { } diskId && cloud.Resources.GetValueOrDefault(diskId) is { } diskResource)
                {
                    if (disk["deleteOption"]?.GetValue<string>() == "Delete")
                    {
                        cloud.Resources.Remove(diskId);
                    }
                    else
                    {
                        diskResource.Properties.Remove("managedBy");
                        diskResource.Properties["diskState"] = "Unattached";
                    }
                }
            }
        });
        return cloud.Accepted(new SimResponse(202), request, Namespace, vm.Location, operation, withLocation: true);
    }

    /// <summary>POST start | powerOff | deallocate | restart.</summary>
    public SimResponse Act(ArmRequest request, string group, string name, string action)
    {
        SimResource vm;
        SimOperation operation;
        lock (cloud.Gate)
        {
            if (cloud.Resources.GetValueOrDefault($"{cloud.GroupId(group)}/providers/{VmType}/{name}") is not { } found)
            {
                return ArmErrors.NotFound(VmType, name, group);
            }

            if (found.Busy)
            {
                return ArmErrors.Error("AnotherOperationInProgress", $"Operation '{action}' is not allowed on VM '{name}' since another operation is in progress.");
            }

            vm = found;
            vm.Busy = true;
            vm.PowerState = action switch { "start" => "starting", "deallocate" => "deallocating", "restart" => "starting", _ => "stopping" };
            operation = cloud.NewOperation();
        }

        cloud.Run(operation, async token =>
        {
            SimMachine? machine;
            lock (cloud.Gate)
            {
                machine = vm.Machine;
            }

            if (machine is not null)
            {
                if (action is "powerOff" or "deallocate" or "restart")
                {
                    await cloud.Backend.StopAsync(machine, token);
                }

                if (action is "start" or "restart")
                {
                    machine = await cloud.Backend.StartAsync(machine, token);
                }
            }

            await Task.Delay(cloud.Options.TransitionTime, cloud.Time, token);
            lock (cloud.Gate)
            {
                vm.Machine = machine;
                vm.PowerState = action switch { "start" or "restart" => "running", "deallocate" => "deallocated", _ => "stopped" };
                vm.Busy = false;
            }
        }, _ => vm.Busy = false);
        return cloud.Accepted(new SimResponse(202), request, Namespace, vm.Location, operation, withLocation: true);
    }

    public SimResponse GetDisk(string group, string name)
    {
        lock (cloud.Gate)
        {
            return cloud.Resources.GetValueOrDefault($"{cloud.GroupId(group)}/providers/{DiskType}/{name}") is { } disk
                ? SimResponse.Json(200, disk.ToJson())
                : ArmErrors.NotFound(DiskType, name, group);
        }
    }

    public SimResponse DeleteDisk(ArmRequest request, string group, string name)
    {
        lock (cloud.Gate)
        {
            var id = $"{cloud.GroupId(group)}/providers/{DiskType}/{name}";
            if (cloud.Resources.GetValueOrDefault(id) is not { } disk)
            {
                return new SimResponse(204);
            }

            if (disk.Properties["managedBy"] is not null)
            {
                return ArmErrors.Error("OperationNotAllowed", $"Disk {name} is attached to VM {disk.Properties["managedBy"]}.");
            }

            cloud.Resources.Remove(id);
            return cloud.Accepted(new SimResponse(202), request, Namespace, disk.Location, cloud.DoneOperation(), withLocation: true);
        }
    }

    private static JsonObject InstanceView(SimResource vm) => new()
    {
        ["computerName"] = vm.Properties["osProfile"]?["computerName"]?.DeepClone(),
        ["osName"] = "ubuntu",
        ["statuses"] = new JsonArray(
            Status($"ProvisioningState/{vm.ProvisioningState.ToLowerInvariant()}", $"Provisioning {vm.ProvisioningState.ToLowerInvariant()}"),
            Status($"PowerState/{vm.PowerState}", $"VM {vm.PowerState}")),
    };

    private static JsonObject Status(string code, string display) => new() { ["code"] = code, ["level"] = "Info", ["displayStatus"] = display };

    private sealed class CapacityException() : Exception("AllocationFailed");
}
