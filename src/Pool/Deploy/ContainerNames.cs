using System.Globalization;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Container names of a project's replicas: <c>PROJECT-SERVICE-N</c> for the running one;
/// <c>...superseded-DEPLOY</c> for the stopped one a deploy replaced or removed (kept, one per replica, for
/// rollback); <c>...next-DEPLOY</c> for a start-first replacement until it takes over the name.
/// </summary>
public static class ContainerNames
{
    private const string SupersededMark = ".superseded-";
    private const string NextMark = ".next-";

    public static string Replica(string project, string service, int replica) =>
        string.Create(CultureInfo.InvariantCulture, $"{project}-{service}-{replica}");

    public static string Superseded(string replicaName, string deployId) => replicaName + SupersededMark + deployId;

    public static string Next(string replicaName, string deployId) => replicaName + NextMark + deployId;

    /// <summary>The deploy that superseded the container, or null for a current replica.</summary>
    public static string? SupersededBy(string name)
    {
        var at = name.LastIndexOf(SupersededMark, StringComparison.Ordinal);
        return at < 0 ? null : name[(at + SupersededMark.Length)..];
    }

    public static bool IsNext(string name) => name.Contains(NextMark, StringComparison.Ordinal);
}
