using HostPool.Providers.DigitalOcean.Api;

namespace HostPool.Providers.DigitalOcean;

/// <summary>What every digitalocean operation needs: one HTTP client, the retry and wait pipelines, the pool firewall, the clock.</summary>
internal sealed class DigitalOceanServices(HttpClient http, DigitalOceanDriverOptions options, TimeProvider time)
{
    public DigitalOceanDriverOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public DigitalOceanWaits Waits { get; } = new(options, time);

    public DigitalOceanFirewall Firewall { get; } = new();

    public DoApi Connect(DigitalOceanConnection connection) => new(http, connection, Options, Time);

    /// <summary>An HTTP client for the API: bounded per request by the options' timeout; retries are the pipeline's.</summary>
    public static HttpClient NewHttpClient(DigitalOceanDriverOptions options) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.RequestTimeout };
}
