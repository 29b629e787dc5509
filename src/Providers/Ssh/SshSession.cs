using System.Globalization;
using Renci.SshNet;

namespace HostPool.Providers.Ssh;

/// <summary>An SSH.NET connection: commands over exec channels, files through <c>cat</c> so no SFTP server is needed.</summary>
internal sealed class SshSession(SshClient client, PrivateKeyFile keyFile, string user) : ISshSession
{
    public string User => user;

    public async Task<SshCommandResult> RunAsync(string command, CancellationToken cancellationToken)
    {
        using var ssh = client.CreateCommand(command);
        await ssh.ExecuteAsync(cancellationToken);
        return ToResult(ssh, ssh.Result);
    }

    public async Task UploadAsync(string remotePath, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken)
    {
        var target = ShellQuote.Quote(remotePath);
        var temporary = ShellQuote.Quote(remotePath + ".hostpool-upload");
        var octal = Convert.ToString((int)mode & 0xFFF, 8);
        using var ssh = client.CreateCommand(
            $"umask 077 && cat > {temporary} && chmod {octal} {temporary} && mv -f {temporary} {target}");
        var execution = ssh.ExecuteAsync(cancellationToken);
        await using (var input = ssh.CreateInputStream())
        {
            await input.WriteAsync(content, cancellationToken);
        }

        await execution;
        var result = ToResult(ssh, ssh.Result);
        if (!result.Succeeded)
        {
            throw new ProviderException(
                $"Could not write {remotePath} as {user} over SSH (exit {result.ExitCode}: {result.StandardError.Trim()}). " +
                "Check that the folder exists and that this user may write there.");
        }
    }

    public async Task<byte[]> DownloadAsync(string remotePath, CancellationToken cancellationToken)
    {
        using var ssh = client.CreateCommand($"cat -- {ShellQuote.Quote(remotePath)}");
        await ssh.ExecuteAsync(cancellationToken);
        using var bytes = new MemoryStream();
        await ssh.OutputStream.CopyToAsync(bytes, cancellationToken);
        var result = ToResult(ssh, string.Empty);
        if (!result.Succeeded)
        {
            throw new ProviderException(
                $"Could not read {remotePath} as {user} over SSH (exit {result.ExitCode}: {result.StandardError.Trim()}). " +
                "Check that the file exists and that this user may read it.");
        }

        return bytes.ToArray();
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        keyFile.Dispose();
        return ValueTask.CompletedTask;
    }

    private static SshCommandResult ToResult(SshCommand ssh, string output)
    {
        var error = ssh.Error;
        if (ssh.ExitStatus is { } status)
        {
            return new SshCommandResult(status, output, error);
        }

        var signal = string.Create(CultureInfo.InvariantCulture, $"terminated by signal {ssh.ExitSignal ?? "unknown"}");
        return new SshCommandResult(-1, output, string.IsNullOrEmpty(error) ? signal : $"{error}\n{signal}");
    }
}
