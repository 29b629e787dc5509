using HostPool.Providers.Hosts;

namespace HostPool.Providers.Tests.Hosts.Fakes;

/// <summary>Collects progress reports synchronously (Progress&lt;T&gt; would post them later).</summary>
internal sealed class Steps : IProgress<HostProgress>
{
    public List<HostProgress> Seen { get; } = [];

    public void Report(HostProgress value)
    {
        lock (Seen)
        {
            Seen.Add(value);
        }
    }
}
