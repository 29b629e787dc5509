namespace HostPool.Integration.Tests.Cli;

/// <summary>Tests that make real hosts run one class at a time: two cores cannot start many engines at once.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class RealHosts
{
    public const string Collection = "real hosts";
}
