using HostPool.Providers.Engine;
using HostPool.Providers.Model;

namespace HostPool.Providers.Tests.TestKit;

/// <summary>An engine that refuses the first <paramref name="failures"/> probes (as one still starting does), then answers.</summary>
internal sealed class FakeEngineProbe(int failures = 0, EngineFacts? facts = null) : IEngineProbe
{
    public int Calls { get; private set; }

    public List<HostRecord> Probed { get; } = [];

    public Task<EngineFacts> ProbeAsync(HostRecord host, CancellationToken cancellationToken)
    {
        Calls++;
        Probed.Add(host);
        return Calls <= failures
            ? Task.FromException<EngineFacts>(new HttpRequestException("Connection refused"))
            : Task.FromResult(facts ?? new EngineFacts("20.10.24+dfsg1", 2, 8L << 30));
    }
}
