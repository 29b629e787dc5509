namespace HostPool.Providers.Store;

/// <summary>Who runs a command: the user, the machine and the process. Holds pool locks and signs audit entries.</summary>
public sealed record ProcessIdentity(string User, string Hostname, int Pid)
{
    /// <summary>user@hostname, as the audit log and lock messages name a person at a machine.</summary>
    public string Actor => $"{User}@{Hostname}";

    public static ProcessIdentity Current() => new(Environment.UserName, Environment.MachineName, Environment.ProcessId);

    public override string ToString() => $"{Actor} (pid {Pid})";
}
