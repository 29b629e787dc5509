namespace HostPool.Providers.Local;

/// <summary>The outcome of one local program run.</summary>
internal sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
