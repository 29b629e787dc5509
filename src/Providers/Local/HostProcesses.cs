namespace HostPool.Providers.Local;

/// <summary>
/// Finds and ends exactly one host's processes: those in its network namespace, those in the mount namespaces
/// they use (or that were journaled), and all their descendants (containers have namespaces of their own but
/// descend from the host's containerd shims).
/// </summary>
internal sealed class HostProcesses(NetworkNamespaces namespaces, LocalWaits waits)
{
    public async Task<IReadOnlyList<int>> FindAsync(string networkNamespace, IReadOnlyCollection<string> mountNamespaces, CancellationToken cancellationToken)
    {
        var roots = new HashSet<int>(await namespaces.PidsAsync(networkNamespace, cancellationToken));
        var mounts = new HashSet<string>(mountNamespaces, StringComparer.Ordinal);
        foreach (var pid in roots)
        {
            if (ProcFs.Namespace(pid, "mnt") is { } mount)
            {
                mounts.Add(mount);
            }
        }

        var table = ProcFs.All();
        if (mounts.Count > 0)
        {
            roots.UnionWith(table.Where(p => ProcFs.Namespace(p.Pid, "mnt") is { } m && mounts.Contains(m)).Select(p => p.Pid));
        }

        var children = table.ToLookup(p => p.ParentPid, p => p.Pid);
        var found = new HashSet<int>();
        var pending = new Stack<int>(roots);
        while (pending.TryPop(out var pid))
        {
            if (found.Add(pid))
            {
                foreach (var child in children[pid])
                {
                    pending.Push(child);
                }
            }
        }

        found.ExceptWith(Protected());
        return found.Where(ProcFs.IsAlive).Order().ToList();
    }

    /// <summary>Asks the processes to end (TERM), waits up to the grace period, then KILLs whatever remains and waits for it.</summary>
    public async Task EndAsync(string networkNamespace, IReadOnlyCollection<string> mountNamespaces, bool graceful, CancellationToken cancellationToken)
    {
        if (graceful)
        {
            var pids = await FindAsync(networkNamespace, mountNamespaces, cancellationToken);
            Signal(pids, "TERM");
            await waits.UntilAsync(LocalWaits.GracefulStop, () => pids.All(pid => !ProcFs.IsAlive(pid)), cancellationToken);
        }

        var ended = await waits.UntilAsync(
            LocalWaits.Kill,
            async token =>
            {
                var remaining = await FindAsync(networkNamespace, mountNamespaces, token);
                Signal(remaining, "KILL");
                return remaining.Count == 0;
            },
            cancellationToken);
        if (!ended)
        {
            var left = await FindAsync(networkNamespace, mountNamespaces, cancellationToken);
            throw new ProviderException(
                $"Processes of the local host in {networkNamespace} did not end after KILL: {string.Join(", ", left)}. " +
                "Check them with 'ps', end them, and run the command again.");
        }
    }

    private static void Signal(IEnumerable<int> pids, string signal)
    {
        foreach (var pid in pids)
        {
            Posix.Signal(pid, signal);
        }
    }

    /// <summary>This process and its ancestors, which must never be signalled whatever namespace they are in.</summary>
    private static HashSet<int> Protected()
    {
        var set = new HashSet<int> { 0, 1 };
        for (int? pid = Environment.ProcessId; pid is > 1 && set.Add(pid.Value); pid = ProcFs.Read(pid.Value)?.ParentPid)
        {
        }

        return set;
    }
}
