using HostPool.Providers.Drivers;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.OpenStack.Api;

/// <summary>
/// Nova, Neutron and Glance for one set of credentials, at the endpoints of the token's catalog. Every call runs through
/// the named pipeline "hostpool-openstack-call" (5xx but 501, 413/429 overLimit after Retry-After, network errors); a
/// 401 re-authenticates once (an expired or revoked token) and repeats the call. Compute calls carry the negotiated
/// microversion.
/// </summary>
internal sealed class OsApi
{
    public const string PipelineName = "hostpool-openstack-call";

    private readonly HttpClient _http;
    private readonly OsIdentity _identity;
    private readonly ResiliencePipeline _pipeline;
    private readonly OsMicroversion _microversion;

    public OsApi(HttpClient http, OpenStackCredentials credentials, OpenStackDriverOptions options, TimeProvider time)
    {
        _http = http;
        Credentials = credentials;
        _identity = new OsIdentity(http, credentials, time);
        _microversion = new OsMicroversion(http);
        _pipeline = new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                Name = PipelineName,
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Randomizer = RetryJitter.Randomizer(options.JitterSeed),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is OsApiException { RetryAfter: { } wait }
                    ? (TimeSpan?)(wait > options.MaxRetryDelay ? options.MaxRetryDelay : wait)
                    : null),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is OsApiException { IsTransient: true } or HttpRequestException
                    || (args.Outcome.Exception is TaskCanceledException && !args.Context.CancellationToken.IsCancellationRequested)),
            })
            .Build();
    }

    public OpenStackCredentials Credentials { get; }

    /// <summary>The compute microversion in use (negotiated on the first compute call).</summary>
    public string? ComputeVersion => _microversion.Chosen;

    public async Task<JsonElement?> SendAsync(string service, string operation, HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        (await TrySendAsync(service, operation, method, path, body, _ => false, cancellationToken)).Body;

    /// <summary>Like <see cref="SendAsync"/>, but an error <paramref name="tolerate"/> accepts is returned instead of thrown.</summary>
    public async Task<OsAnswer> TrySendAsync(
        string service, string operation, HttpMethod method, string path, object? body, Func<OsApiException, bool> tolerate, CancellationToken cancellationToken)
    {
        try
        {
            return new OsAnswer(await _pipeline.ExecuteAsync(async token => await AttemptAsync(service, method, path, body, token), cancellationToken), null);
        }
        catch (OsApiException error) when (tolerate(error))
        {
            return new OsAnswer(null, error);
        }
        catch (Exception error) when (Mapped(error, operation, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> through the pipeline: a transient <see cref="OsApiException"/> repeats the whole
    /// attempt. For calls that must not simply be sent again (Nova and Neutron have no client token), the attempt looks
    /// for what an earlier try made before it sends.
    /// </summary>
    public async Task<T> RetryingAsync<T>(string operation, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await attempt(token), cancellationToken);
        }
        catch (Exception error) when (Mapped(error, operation, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>One request, not repeated (but after a 401, once with a new token); errors are the raw <see cref="OsApiException"/>.</summary>
    public Task<JsonElement?> AttemptAsync(string service, HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        WithTokenAsync(service, method, path, body, cancellationToken);

    public async Task<JsonElement?> GetOrMissingAsync(string service, string operation, string path, CancellationToken cancellationToken)
    {
        var answer = await TrySendAsync(service, operation, HttpMethod.Get, path, null, e => e.IsNotFound, cancellationToken);
        return answer.Error is null ? answer.Body : null;
    }

    /// <summary>DELETE; not-found is success.</summary>
    public async Task DeleteAsync(string service, string operation, string path, CancellationToken cancellationToken) =>
        await TrySendAsync(service, operation, HttpMethod.Delete, path, null, e => e.IsNotFound, cancellationToken);

    /// <summary>One attempt with the current token; a 401 means it expired or was revoked: authenticate again once.</summary>
    private async Task<JsonElement?> WithTokenAsync(string service, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var token = await _identity.TokenAsync(cancellationToken);
        try
        {
            return await SendOnceAsync(token, service, method, path, body, cancellationToken);
        }
        catch (OsApiException error) when (error.Status == HttpStatusCode.Unauthorized)
        {
            _identity.Invalidate(token);
            return await SendOnceAsync(await _identity.TokenAsync(cancellationToken), service, method, path, body, cancellationToken);
        }
    }

    private async Task<JsonElement?> SendOnceAsync(OsToken token, string service, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var endpoint = token.Endpoint(service, Credentials);
        using var request = new HttpRequestMessage(method, new Uri(endpoint + "/" + path.TrimStart('/')));
        request.Headers.Add("X-Auth-Token", token.Value);
        request.Headers.Accept.ParseAdd("application/json");
        if (service == OsServices.Compute)
        {
            var version = await _microversion.NegotiateAsync(endpoint, token.Value, cancellationToken);
            request.Headers.Add("OpenStack-API-Version", "compute " + version);
            request.Headers.Add("X-OpenStack-Nova-API-Version", version);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw OsErrors.Read(response, text);
        }

        return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>What a failed call throws: the mapped API error, or what to check when the cloud could not be reached.</summary>
    private HostPoolException? Mapped(Exception error, string operation, CancellationToken cancellationToken) => error switch
    {
        OsApiException api => OsErrors.Map(api, operation, Credentials),
        HttpRequestException http => new ProviderException($"{operation} on {Credentials} could not reach the cloud: {http.Message} Check the network and the catalog's endpoints, then try again.", http),
        TaskCanceledException timeout when !cancellationToken.IsCancellationRequested =>
            new ProviderException($"{operation} on {Credentials} timed out repeatedly. Check the network, then try again.", timeout),
        _ => null,
    };

    public static string Query(string value) => Uri.EscapeDataString(value);

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
