namespace HostPool.Providers.Ssh;

/// <summary>The outcome of one command run over SSH.</summary>
public sealed record SshCommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
