namespace HostPool.Providers.Store;

/// <summary>
/// One change made (or tried) by a command: when, by whom (user@hostname), the command line with secrets
/// removed, the host or project it changed, the action ("rm", "pool label", "deploy"), and the result:
/// <c>ok</c>, or <c>failed</c> with the first line of the error.
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Command, string Target, string Action, string Result, string? Error = null)
{
    public const string Ok = "ok";
    public const string Failed = "failed";
}
