namespace HostPool.Compose.Mapping;

/// <summary>Makes host paths absolute: <c>~</c> is the user's home, relative paths start at <paramref name="baseDirectory"/>.</summary>
internal sealed class PathResolver(string baseDirectory, string? home)
{
    public string Resolve(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            var root = home ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return Path.GetFullPath(root + path[1..]);
        }

        return Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(baseDirectory, path));
    }

    /// <summary>True when a short volume source names a host path rather than a named volume.</summary>
    public static bool IsHostPath(string source)
        => source.StartsWith('.') || source.StartsWith('/') || source.StartsWith('~') || source.StartsWith('\\')
            || (source.Length >= 2 && char.IsAsciiLetter(source[0]) && source[1] == ':');

    /// <summary>True when a build context is a remote location (git or URL) rather than a folder.</summary>
    public static bool IsRemote(string context)
        => context.Contains("://", StringComparison.Ordinal) || context.StartsWith("git@", StringComparison.Ordinal)
            || context.StartsWith("github.com/", StringComparison.Ordinal);
}
