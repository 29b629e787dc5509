namespace HostPool.CloudSim.Common;

/// <summary>One provider's simulated control plane, served on its own loopback port beside the common /_sim endpoints.</summary>
public interface ICloudSimulator
{
    /// <summary>The provider's name, also its command-line switch ("ec2" for --ec2).</summary>
    string Name { get; }

    FaultInjector Faults { get; }

    /// <summary>Maps the provider's API on <paramref name="routes"/>.</summary>
    void Map(IEndpointRouteBuilder routes);

    /// <summary>Every resource that still exists (a deleted or terminated one is not listed).</summary>
    IReadOnlyList<LiveResource> LiveResources();

    /// <summary>Lines printed at start after the endpoint (e.g. the image ids offered).</summary>
    IReadOnlyList<string> Describe();
}
