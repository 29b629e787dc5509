namespace HostPool.Providers.Local;

/// <summary>Reads the process table from /proc: parents, start times, namespaces and liveness.</summary>
internal static class ProcFs
{
    public readonly record struct ProcessInfo(int Pid, int ParentPid, char State, long StartTime);

    /// <summary>Every process now, zombies included.</summary>
    public static IReadOnlyList<ProcessInfo> All()
    {
        var list = new List<ProcessInfo>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid) && Read(pid) is { } info)
            {
                list.Add(info);
            }
        }

        return list;
    }

    /// <summary>The process's stat line fields, or null when it is gone.</summary>
    public static ProcessInfo? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) S ppid ..." where comm may hold spaces and parentheses: fields start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return new ProcessInfo(pid, int.Parse(fields[1]), fields[0][0], long.Parse(fields[19]));
    }

    /// <summary>Alive means present and not a zombie waiting for its parent.</summary>
    public static bool IsAlive(int pid) => Read(pid) is { State: not 'Z' and not 'X' };

    /// <summary>The namespace link of a process, e.g. "mnt:[4026532301]", or null when it is gone.</summary>
    public static string? Namespace(int pid, string kind) => Link($"/proc/{pid}/ns/{kind}");

    /// <summary>The program a process runs, e.g. "/usr/sbin/sshd", or null when it is gone.</summary>
    public static string? Executable(int pid) => Link($"/proc/{pid}/exe");

    private static string? Link(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
