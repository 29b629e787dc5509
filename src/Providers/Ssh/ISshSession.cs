namespace HostPool.Providers.Ssh;

/// <summary>
/// An open SSH connection to one host whose host key has been checked against the pinned one.
/// Commands run as the endpoint's user; callers that need root wrap commands with sudo when the user is not root.
/// </summary>
public interface ISshSession : IAsyncDisposable
{
    /// <summary>The user this session is logged in as.</summary>
    string User { get; }

    Task<SshCommandResult> RunAsync(string command, CancellationToken cancellationToken);

    /// <summary>Writes a file on the host with the given permission bits (e.g. 0b110_000_000 for 0600).</summary>
    Task UploadAsync(string remotePath, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken);

    Task<byte[]> DownloadAsync(string remotePath, CancellationToken cancellationToken);
}
