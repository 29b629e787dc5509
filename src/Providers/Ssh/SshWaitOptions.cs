namespace HostPool.Providers.Ssh;

/// <summary>How long to wait for a machine's SSH to answer, and how often to try.</summary>
public sealed record SshWaitOptions
{
    /// <summary>The name of the Polly pipeline that waits for SSH.</summary>
    public const string PipelineName = "hostpool-ssh-wait";

    /// <summary>The longest the whole wait may take, all attempts together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The pause between two attempts.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest one attempt (TCP connect, key exchange, authentication) may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
