using HostPool.Providers.Ssh;
using System.Security.Cryptography;

namespace HostPool.Providers.Provisioning;

/// <summary>Writes only the files whose content differs on the host (compared by SHA-256), and says which changed.</summary>
internal static class RemoteFileSync
{
    public static async Task<IReadOnlyList<string>> ApplyAsync(RootShell shell, IReadOnlyList<RemoteFile> files, CancellationToken cancellationToken)
    {
        var result = await shell.RunAsync($"sha256sum {ShellQuote.Join(files.Select(file => file.Path))} 2>/dev/null; true", cancellationToken).ConfigureAwait(false);
        var present = ParseSums(result.StandardOutput);
        var changed = new List<string>();
        foreach (var file in files)
        {
            var wanted = Convert.ToHexStringLower(SHA256.HashData(file.Content));
            if (present.TryGetValue(file.Path, out var actual) && actual == wanted)
            {
                continue;
            }

            await shell.WriteFileAsync(file.Path, file.Content, file.Mode, cancellationToken).ConfigureAwait(false);
            changed.Add(file.Path);
        }

        return changed;
    }

    /// <summary>Lines of "HASH  PATH" (GNU and busybox sha256sum).</summary>
    public static IReadOnlyDictionary<string, string> ParseSums(string output)
    {
        var sums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.IndexOf(' ');
            if (space == 64)
            {
                sums[line[(space + 1)..].TrimStart(' ', '*')] = line[..space].ToLowerInvariant();
            }
        }

        return sums;
    }
}
