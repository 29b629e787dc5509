namespace HostPool.Compose.Tests;

/// <summary>Finds the shared compose material: the folder holding HostPool.sln, then ../shared/compose beside it
/// (or beside a parent folder, for a worktree).</summary>
internal static class SharedCompose
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Directory => Root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Directory, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(folder.FullName, "HostPool.sln")))
            {
                continue;
            }

            // ../shared/compose beside the repository; a git worktree sits one level deeper, so keep walking up.
            for (var above = folder.Parent; above is not null; above = above.Parent)
            {
                var shared = System.IO.Path.Combine(above.FullName, "shared", "compose");
                if (System.IO.Directory.Exists(shared))
                {
                    return shared;
                }
            }

            throw new InvalidOperationException($"no shared/compose beside {folder.FullName} or its parents; the compose fixtures live there");
        }

        throw new InvalidOperationException($"no HostPool.sln above {AppContext.BaseDirectory}; run the tests from the repository");
    }
}
