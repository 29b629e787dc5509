namespace HostPool.Cli.Audit;

/// <summary>
/// What a running command changes, when its arguments do not say it (a project named inside its compose file).
/// The command notes it here; the audit hook in <see cref="CliApp"/> reads it when the command ends.
/// </summary>
internal sealed class AuditTarget
{
    public string? Name { get; set; }
}
