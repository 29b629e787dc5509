namespace HostPool.Cli.Audit;

/// <summary>The commands that change hosts or projects, by their path under <c>hostpool</c>; each run of one is audited.</summary>
internal static class AuditedCommands
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "create", "rm", "start", "stop", "restart", "kill", "provision", "regenerate-certs", "gc",
        "deploy", "down", "scale", "rollback", "drain", "undrain",
        "pool label", "lock release",
    };
}
