using HostPool.Pool.Deploy;
using HostPool.Pool.Operations;

namespace HostPool.Pool.Tests.Operations;

public sealed class ReplicaSelectionTests
{
    private static readonly ProjectContainer[] Running =
    [
        Container("shop", "web", 2, "h2"),
        Container("shop", "db", 1, "h1"),
        Container("shop", "web", 1, "h1"),
        Container("blog", "web", 1, "h3"),
    ];

    [Fact]
    public void OfServices_NoService_EveryReplicaOfTheProjectInServiceAndReplicaOrder()
    {
        var replicas = ReplicaSelection.OfServices(Running, "shop", []);

        Assert.Equal(["db.1@h1", "web.1@h1", "web.2@h2"], replicas.Select(r => $"{r.Service}.{r.Replica}@{r.Host}"));
    }

    [Fact]
    public void OfServices_NamedService_OnlyItsReplicas() =>
        Assert.Equal([1, 2], ReplicaSelection.OfServices(Running, "shop", ["web"]).Select(r => r.Replica));

    [Fact]
    public void OfServices_UnknownService_ThrowsNotFoundListingTheProjectsServices()
    {
        var error = Assert.Throws<NotFoundException>(() => ReplicaSelection.OfServices(Running, "shop", ["web", "cache"]));

        Assert.Contains("cache", error.Message);
        Assert.Contains("its services: db, web", error.Message);
    }

    [Fact]
    public void One_MissingReplica_ThrowsNotFoundListingTheReplicas()
    {
        var error = Assert.Throws<NotFoundException>(() => ReplicaSelection.One(ReplicaSelection.OfServices(Running, "shop", ["web"]), "shop", new ReplicaAddress("web", 3)));

        Assert.Contains("web.3", error.Message);
        Assert.Contains("web.1@h1, web.2@h2", error.Message);
    }

    private static ProjectContainer Container(string project, string service, int replica, string host) =>
        new($"{project}-{service}-{replica}", $"{project}-{service}-{replica}", host, project, service, replica, "hash", "running", "busybox", []);
}
