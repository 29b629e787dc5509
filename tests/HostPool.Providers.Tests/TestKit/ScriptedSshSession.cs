using HostPool.Providers.Ssh;

namespace HostPool.Providers.Tests.TestKit;

/// <summary>
/// A scripted SSH session: each command is answered by the most recently added rule whose fragment it contains
/// (a handler, or canned results given in turn with the last one repeating); a command no rule matches fails
/// the test. Uploads are recorded and kept in <see cref="Files"/>.
/// </summary>
public sealed class ScriptedSshSession(string user = "root") : ISshSession
{
    private readonly List<(string Fragment, Func<string, SshCommandResult> Answer)> rules = [];

    public string User { get; } = user;

    public List<string> Commands { get; } = [];

    public List<RecordedUpload> Uploads { get; } = [];

    public Dictionary<string, RecordedUpload> Files { get; } = new(StringComparer.Ordinal);

    public bool Disposed { get; private set; }

    public static SshCommandResult Ok(string output = "") => new(0, output, "");

    public static SshCommandResult Fail(int exitCode, string error) => new(exitCode, "", error);

    public ScriptedSshSession On(string fragment, Func<string, SshCommandResult> answer)
    {
        rules.Add((fragment, answer));
        return this;
    }

    public ScriptedSshSession On(string fragment, params SshCommandResult[] results)
    {
        var next = 0;
        return On(fragment, _ => results[Math.Min(next++, results.Length - 1)]);
    }

    public int Count(string fragment) => Commands.Count(command => command.Contains(fragment, StringComparison.Ordinal));

    public Task<SshCommandResult> RunAsync(string command, CancellationToken cancellationToken)
    {
        Commands.Add(command);
        for (var index = rules.Count - 1; index >= 0; index--)
        {
            if (command.Contains(rules[index].Fragment, StringComparison.Ordinal))
            {
                return Task.FromResult(rules[index].Answer(command));
            }
        }

        throw new InvalidOperationException($"The scripted session has no answer for: {command}");
    }

    public Task UploadAsync(string remotePath, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken)
    {
        var upload = new RecordedUpload(remotePath, content.ToArray(), mode);
        Uploads.Add(upload);
        Files[remotePath] = upload;
        return Task.CompletedTask;
    }

    public Task<byte[]> DownloadAsync(string remotePath, CancellationToken cancellationToken) =>
        Files.TryGetValue(remotePath, out var file)
            ? Task.FromResult(file.Content)
            : Task.FromException<byte[]>(new FileNotFoundException($"No file {remotePath} on the scripted host."));

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
