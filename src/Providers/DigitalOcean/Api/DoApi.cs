using HostPool.Providers.Drivers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>
/// The DigitalOcean API v2 over HTTP for one connection. Every call runs through the named retry pipeline
/// "hostpool-digitalocean-call": 429 waits for retry-after (or ratelimit-reset), 5xx and network errors back off
/// exponentially with jitter; the rest fail at once and are mapped to what the user must change.
/// </summary>
internal sealed class DoApi
{
    public const string PipelineName = "hostpool-digitalocean-call";
    public const int PageSize = 200;

    private readonly HttpClient _http;
    private readonly ResiliencePipeline _pipeline;

    public DoApi(HttpClient http, DigitalOceanConnection connection, DigitalOceanDriverOptions options, TimeProvider time)
    {
        _http = http;
        Connection = connection;
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
                DelayGenerator = args => ValueTask.FromResult(DoRetryDelay.For(args.Outcome.Exception, time.GetUtcNow(), options.MaxRetryDelay)),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is DoApiException { IsTransient: true } or HttpRequestException
                    || (args.Outcome.Exception is TaskCanceledException && !args.Context.CancellationToken.IsCancellationRequested)),
            })
            .Build();
    }

    public DigitalOceanConnection Connection { get; }

    /// <summary>Sends one request (named <paramref name="operation"/> in errors) and returns the answer's JSON, or null for 204.</summary>
    public async Task<JsonElement?> SendAsync(string operation, HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        (await TrySendAsync(operation, method, path, body, _ => false, cancellationToken)).Body;

    /// <summary>Like <see cref="SendAsync"/>, but an error <paramref name="tolerate"/> accepts is returned instead of thrown.</summary>
    public Task<DoAnswer> TrySendAsync(
        string operation, HttpMethod method, string path, object? body, Func<DoApiException, bool> tolerate, CancellationToken cancellationToken) =>
        MappedAsync(
            operation,
            async () => new DoAnswer(await _pipeline.ExecuteAsync(async token => await SendOnceAsync(method, path, body, token), cancellationToken), null),
            error => tolerate(error) ? new DoAnswer(null, error) : null,
            cancellationToken);

    /// <summary>
    /// Creates what a POST makes unless <paramref name="findExisting"/> finds it first, on every attempt: the POST itself is
    /// not repeated blindly, so a 5xx whose request took effect does not make a second resource (droplets have no client token).
    /// </summary>
    public Task<T> CreateOnceAsync<T>(
        string operation, Func<CancellationToken, Task<T?>> findExisting, string path, object body, Func<JsonElement?, T> read, CancellationToken cancellationToken)
        where T : class =>
        MappedAsync(
            operation,
            async () => await _pipeline.ExecuteAsync(
                async token => await findExisting(token) ?? read(await SendOnceAsync(HttpMethod.Post, path, body, token)),
                cancellationToken),
            _ => null,
            cancellationToken);

    /// <summary>The <paramref name="property"/> of the answer to GET <paramref name="path"/>, or null when the API says 404.</summary>
    public async Task<T?> GetOrMissingAsync<T>(string operation, string path, string property, CancellationToken cancellationToken)
        where T : class
    {
        var answer = await TrySendAsync(operation, HttpMethod.Get, path, null, e => e.IsNotFound, cancellationToken);
        return answer.Error is null ? Read<T>(answer.Body, property, operation) : null;
    }

    public async Task<T> PostAsync<T>(string operation, string path, object body, string property, CancellationToken cancellationToken) =>
        Read<T>(await SendAsync(operation, HttpMethod.Post, path, body, cancellationToken), property, operation);

    /// <summary>DELETE; true when deleted, false when it was already gone (not-found is success).</summary>
    public async Task<bool> DeleteAsync(string operation, string path, CancellationToken cancellationToken) =>
        (await TrySendAsync(operation, HttpMethod.Delete, path, null, e => e.IsNotFound, cancellationToken)).Error is null;

    public static T Read<T>(JsonElement? answer, string property, string operation) =>
        answer is { } root && root.TryGetProperty(property, out var value) && value.Deserialize<T>(DoJson.Options) is { } result
            ? result
            : throw new ProviderException($"{operation} answered without '{property}'. The endpoint may not be the DigitalOcean API v2; check --{DigitalOceanFlags.ApiUrl}.");

    /// <summary>Every item of a paginated list, following <c>links.pages.next</c>.</summary>
    public async Task<IReadOnlyList<T>> ListAsync<T>(string operation, string path, string property, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        string? next = path + (path.Contains('?') ? "&" : "?") + $"per_page={PageSize}";
        while (next is not null)
        {
            var answer = await SendAsync(operation, HttpMethod.Get, next, null, cancellationToken);
            items.AddRange(Read<List<T>>(answer, property, operation));
            next = answer is { } page && page.TryGetProperty("links", out var links) && links.TryGetProperty("pages", out var pages)
                && pages.TryGetProperty("next", out var link) && link.GetString() is { Length: > 0 } url
                ? RelativeTo(url)
                : null;
        }

        return items;
    }

    private async Task<T> MappedAsync<T>(string operation, Func<Task<T>> call, Func<DoApiException, T?> tolerated, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (DoApiException error)
        {
            return tolerated(error) ?? throw DoErrorMap.Map(error, operation, Connection);
        }
        catch (HttpRequestException error)
        {
            throw new ProviderException($"{operation} on {Connection} could not reach the API: {error.Message} Check --{DigitalOceanFlags.ApiUrl} and the network, then try again.", error);
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ProviderException($"{operation} on {Connection} timed out repeatedly. Check the network, then try again.", error);
        }
    }

    /// <summary>A next-page link made relative to the API's base URL (so a link to another host is never followed).</summary>
    private string RelativeTo(string url)
    {
        var link = new Uri(url, UriKind.Absolute);
        return Connection.ApiUrl.IsBaseOf(link)
            ? Connection.ApiUrl.MakeRelativeUri(link).ToString()
            : throw new ProviderException($"A page link points away from {Connection.ApiUrl} ({link.GetLeftPart(UriPartial.Authority)}); refusing to follow it.");
    }

    private async Task<JsonElement?> SendOnceAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(Connection.ApiUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Connection.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: DoJson.Options);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        }

        throw Error(response, text);
    }

    private static DoApiException Error(HttpResponseMessage response, string text)
    {
        var id = response.StatusCode.ToString();
        var message = text;
        string? requestId = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            id = document.RootElement.TryGetProperty("id", out var i) ? i.GetString() ?? id : id;
            message = document.RootElement.TryGetProperty("message", out var m) ? m.GetString() ?? text : text;
            requestId = document.RootElement.TryGetProperty("request_id", out var r) ? r.GetString() : null;
        }
        catch (JsonException)
        {
            // Not the API's error body (a proxy's page): keep the status and the text.
        }

        return new DoApiException(response.StatusCode, id, message, requestId)
        {
            RetryAfter = Header(response, "retry-after") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            RateLimitReset = Header(response, "ratelimit-reset") is { } epoch ? DateTimeOffset.FromUnixTimeSeconds(epoch) : null,
        };
    }

    private static long? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
