using System.Collections.Concurrent;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.Providers.OpenStack;

/// <summary>What every openstack operation needs: one HTTP client, an API (and token) per set of credentials, the waits, the clock.</summary>
internal sealed class OpenStackServices(HttpClient http, OpenStackDriverOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<OpenStackCredentials, OsApi> _apis = new();

    public OpenStackDriverOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public OpenStackWaits Waits { get; } = new(options, time);

    /// <summary>The API for these credentials; one token is shared by every operation that uses them.</summary>
    public OsApi Connect(OpenStackCredentials credentials) => _apis.GetOrAdd(credentials, c => new OsApi(http, c, Options, Time));

    public static HttpClient NewHttpClient(OpenStackDriverOptions options) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.RequestTimeout };
}
