namespace HostPool.Compose.Benchmarks;

/// <summary>Finds the largest compose file under the shared samples (../shared/compose/samples beside the repository).</summary>
internal static class SharedSamples
{
    public static string Largest()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var samples = Path.Combine(folder.FullName, "shared", "compose", "samples");
            if (Directory.Exists(samples))
            {
                return Directory.GetFiles(samples, "compose.yaml", SearchOption.AllDirectories)
                    .OrderByDescending(f => new FileInfo(f).Length)
                    .First();
            }
        }

        throw new InvalidOperationException($"no shared/compose/samples above {AppContext.BaseDirectory}; run the benchmark from the repository");
    }
}
