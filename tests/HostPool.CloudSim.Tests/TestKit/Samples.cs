namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>The cloud API samples (shared/api-samples/PROVIDER), found beside the repository or one of its parents.</summary>
internal static class Samples
{
    /// <summary>The EC2 samples.</summary>
    public static string Directory => Of("ec2");

    public static string Of(string provider)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "api-samples", provider);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/api-samples/{provider} is not beside the repository or any parent folder.");
    }

    /// <summary>The parameters of an authored request sample (one Name=Value per line).</summary>
    public static IReadOnlyDictionary<string, string> Form(string action) =>
        File.ReadAllLines(Path.Combine(Directory, "authored", "requests", action + ".form.txt"))
            .Where(l => l.Contains('='))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
