using System.Globalization;
using HostPool.Providers.Model;

namespace HostPool.Providers.Local;

/// <summary>
/// Removes a local host from its journal, newest resource first: its processes (and so its mount namespace),
/// any mount left under its folder, its veth, its network namespace, its address lease, the bridge when no host
/// is left on it or holds an address on it, and its folder. What is already gone counts as removed, so this is also the rollback of a
/// failed create and safe to repeat.
/// </summary>
internal sealed class LocalRemoval(
    HostPoolHome home,
    MachineLock machineLock,
    BridgeNetwork bridges,
    AddressLeases leases,
    NetworkNamespaces namespaces,
    HostProcesses processes,
    CommandRunner runner)
{
    public async Task RemoveAsync(HostRecord host, CancellationToken cancellationToken)
    {
        // The derived names are unique to this home and host name, so they are always this host's,
        // even when a create was interrupted before it could journal them.
        var derived = LocalNames.For(home, host.Name);
        var networkNamespaces = IdsOf(host, LocalResourceKinds.NetworkNamespace).Append(derived.Namespace).Distinct().ToList();

        // Journaled mount namespaces are not searched: the kernel reuses a namespace's inode number once it is
        // gone, so a stale "mnt:[inode]" may name another host's (or anyone's) namespace. The host's processes are
        // found through its network namespace and their descendants, which is enough and always its own.
        foreach (var networkNamespace in networkNamespaces)
        {
            await processes.EndAsync(networkNamespace, [], graceful: true, cancellationToken);
        }

        EndJournaledProcesses(host);
        await UnmountUnderAsync(LocalHostLayout.For(home, host.Name).MachineDirectory, cancellationToken);

        foreach (var resource in host.Resources.Reverse())
        {
            await RemoveAsync(resource, cancellationToken);
        }

        await namespaces.DeleteVethAsync(derived.Veth, cancellationToken);
        await namespaces.DeleteAsync(derived.Namespace, cancellationToken);
    }

    private async Task RemoveAsync(ResourceRef resource, CancellationToken cancellationToken)
    {
        switch (resource.Kind)
        {
            case LocalResourceKinds.Veth:
                await namespaces.DeleteVethAsync(resource.Id, cancellationToken);
                break;
            case LocalResourceKinds.NetworkNamespace:
                await namespaces.DeleteAsync(resource.Id, cancellationToken);
                break;
            case LocalResourceKinds.Address when resource.Attributes.TryGetValue("bridge", out var bridge)
                                                 && resource.Attributes.TryGetValue("netns", out var owner):
                leases.Release(bridge, resource.Id, owner);
                break;
            case LocalResourceKinds.Bridge:
                using (await machineLock.AcquireAsync(cancellationToken))
                {
                    // This host's own lease is gone by now (it was journaled after the bridge). Another lease means a
                    // host that is on the bridge or about to attach to it, even when no interface is attached yet.
                    if (!await leases.AnyHeldAsync(resource.Id, cancellationToken))
                    {
                        await bridges.RemoveIfUnusedAsync(resource.Id, cancellationToken);
                        leases.ForgetBridgeIfEmpty(resource.Id);
                    }
                }

                break;
            case LocalResourceKinds.Folder:
                var folder = home.Resolve(resource.Id);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                break;
        }
    }

    /// <summary>A journaled process that is still the same process (same start time) and somehow outside the namespaces.</summary>
    private static void EndJournaledProcesses(HostRecord host)
    {
        foreach (var resource in host.Resources.Where(r => r.Kind == LocalResourceKinds.Process))
        {
            if (int.TryParse(resource.Id, CultureInfo.InvariantCulture, out var pid)
                && resource.Attributes.TryGetValue("start-time", out var startTime)
                && ProcFs.Read(pid) is { } info
                && info.StartTime.ToString(CultureInfo.InvariantCulture) == startTime
                && ProcFs.IsAlive(pid))
            {
                Posix.Signal(pid, "KILL");
            }
        }
    }

    /// <summary>Detaches anything mounted under the host's folder in this mount namespace (nothing, unless a mount leaked).</summary>
    private async Task UnmountUnderAsync(string folder, CancellationToken cancellationToken)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var mountPoints = (await File.ReadAllLinesAsync("/proc/self/mountinfo", cancellationToken))
            .Select(line => line.Split(' ')[4])
            .Where(point => point.StartsWith(prefix, StringComparison.Ordinal) || point == folder)
            .OrderByDescending(point => point.Length);
        foreach (var point in mountPoints)
        {
            await runner.RunCheckedAsync("umount", ["-l", point], cancellationToken);
        }
    }

    private static IEnumerable<string> IdsOf(HostRecord host, string kind) =>
        host.Resources.Where(r => r.Kind == kind).Select(r => r.Id);
}
