using System.Security.Cryptography;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.Provisioning;

/// <summary>
/// Runs scripts and writes files as root over an SSH session: as is when the session's user is root,
/// else through `sudo -n sh -c '...'` (never prompting). Files for root-owned places are uploaded to the
/// user's home first and moved into place with install(1).
/// </summary>
internal sealed class RootShell(ISshSession session, string hostName)
{
    public bool IsRoot => session.User == "root";

    public string HostName => hostName;

    public string Wrap(string script) => IsRoot ? script : $"sudo -n sh -c {ShellQuote.Quote(script)}";

    public Task<SshCommandResult> RunAsync(string script, CancellationToken cancellationToken) =>
        session.RunAsync(Wrap(script), cancellationToken);

    /// <summary>Runs a script that must succeed; a failure becomes a ProviderException naming the step and the host's words.</summary>
    public async Task<SshCommandResult> RunCheckedAsync(string script, string what, CancellationToken cancellationToken)
    {
        var result = await RunAsync(script, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw Failure(what, result);
        }

        return result;
    }

    public ProviderException Failure(string what, SshCommandResult result, string? hint = null)
    {
        var output = Tail(string.IsNullOrWhiteSpace(result.StandardError) ? result.StandardOutput : result.StandardError);
        var sudo = !IsRoot && output.Contains("sudo", StringComparison.Ordinal)
            ? $" The SSH user '{session.User}' needs passwordless sudo (NOPASSWD)."
            : "";
        return new ProviderException(
            $"Could not {what} on host '{hostName}' (exit code {result.ExitCode}): {output}{sudo} {hint ?? "Fix the cause on the host and run the command again; provisioning is safe to repeat."}");
    }

    public async Task WriteFileAsync(string remotePath, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken)
    {
        var directory = remotePath[..remotePath.LastIndexOf('/')];
        var octal = Convert.ToString((int)mode, 8).PadLeft(4, '0');
        if (IsRoot)
        {
            await RunCheckedAsync($"mkdir -p {ShellQuote.Quote(directory)}", $"create {directory}", cancellationToken).ConfigureAwait(false);
            await session.UploadAsync(remotePath, content, mode, cancellationToken).ConfigureAwait(false);
            await RunCheckedAsync($"chmod {octal} {ShellQuote.Quote(remotePath)}", $"set the mode of {remotePath}", cancellationToken).ConfigureAwait(false);
            return;
        }

        var staging = $".hostpool-upload-{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(remotePath)))[..12]}";
        await session.UploadAsync(staging, content, UnixFileMode.UserRead | UnixFileMode.UserWrite, cancellationToken).ConfigureAwait(false);
        // The staged file's path is expanded by the user's shell and handed to root's shell as $1.
        var move = $"mkdir -p {ShellQuote.Quote(directory)} && install -m {octal} \"$1\" {ShellQuote.Quote(remotePath)}; status=$?; rm -f \"$1\"; exit $status";
        var result = await session.RunAsync($"sudo -n sh -c {ShellQuote.Quote(move)} sh \"$HOME\"/{staging}", cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw Failure($"write {remotePath}", result);
        }
    }

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 600 ? trimmed : "..." + trimmed[^600..];
    }
}
