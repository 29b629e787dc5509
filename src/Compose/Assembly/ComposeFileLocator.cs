using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// Finds the compose files to load: the given ones (relative to the current directory); else those in <c>COMPOSE_FILE</c> (separated by
/// <c>COMPOSE_PATH_SEPARATOR</c> or <c>:</c>); else the first default name found in the folder or its parents,
/// with its override file when there is one.
/// </summary>
internal static class ComposeFileLocator
{
    public static IReadOnlyList<string> Locate(IReadOnlyList<string> given, string directory, ProjectEnvironment environment, Diagnostics diagnostics)
    {
        if (given.Count > 0)
        {
            // Like docker compose, -f paths are relative to the current directory, not to the project directory.
            return given.Select(Path.GetFullPath).ToList();
        }

        if (environment["COMPOSE_FILE"] is { Length: > 0 } fromEnvironment)
        {
            var separator = environment["COMPOSE_PATH_SEPARATOR"] is { Length: > 0 } s ? s : Path.PathSeparator.ToString();
            return fromEnvironment.Split(separator, StringSplitOptions.RemoveEmptyEntries)
                .Select(f => Path.GetFullPath(Path.Combine(directory, f))).ToList();
        }

        for (var folder = directory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var found = ComposeFileNames.Defaults.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
            if (found is null)
            {
                continue;
            }

            var overrideFile = ComposeFileNames.Overrides.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
            return overrideFile is null ? [found] : [found, overrideFile];
        }

        diagnostics.ErrorVerbatim(new SourceMark(directory, 0, 0), string.Empty,
            $"no compose file found in {directory} or its parents; pass -f FILE or create compose.yaml");
        return [];
    }
}
