using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>
/// The DigitalOcean API v2 as the samples describe it: <c>/v2/...</c> with a bearer token (required, never verified),
/// JSON answers, the error body <c>{"id", "message"}</c>, the ratelimit-* headers on every answer (429 with
/// retry-after past the burst limit), page/per_page pagination with links, and actions polled to completion.
/// Fault plans name operations by the spec's operationIds (droplets_create, sshKeys_delete, ...).
/// </summary>
internal sealed class DoSimulator : ICloudSimulator
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly DoCloud _cloud;
    private readonly DoRateLimiter _limits;
    private readonly IReadOnlyList<JsonRoute<DoRequest>> _routes;

    public DoSimulator(DoSimOptions options, IMachineBackend backend, TimeProvider time)
    {
        _cloud = new DoCloud(options, backend, time);
        _limits = new DoRateLimiter(options, time);
        _routes =
        [
            .. new DropletRoutes(_cloud).Routes,
            .. new ActionRoutes(_cloud).Routes,
            .. new KeyRoutes(_cloud).Routes,
            .. new FirewallRoutes(_cloud).Routes,
            .. new CatalogRoutes().Routes,
        ];
    }

    public string Name => "digitalocean";

    public FaultInjector Faults { get; } = new();

    public IReadOnlyList<string> Operations => [.. _routes.Select(r => r.Operation)];

    public void Map(IEndpointRouteBuilder routes) => routes.Map("/v2/{**path}", HandleAsync);

    public IReadOnlyList<LiveResource> LiveResources() => _cloud.LiveResources();

    public IReadOnlyList<string> Describe() =>
    [
        $"API v2 at /v2, any bearer token; droplets from the {_cloud.Backend.Name} backend (they log in as {DoCatalog.SshUser})",
        .. DoCatalog.Images.Select(i => $"image {i.Slug} ({i.Id}) {i.Distribution} {i.Name}"),
    ];

    private async Task HandleAsync(HttpContext context)
    {
        var headers = _limits.Peek();
        JsonResult result;
        try
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                || context.Request.Headers.Authorization.ToString().Length <= "Bearer ".Length)
            {
                throw DoSimErrors.Unauthorized();
            }

            var (limitHeaders, limited) = _limits.Take();
            headers = limitHeaders;
            if (limited is not null)
            {
                throw limited;
            }

            result = await ExecuteAsync(context, context.RequestAborted);
        }
        catch (DoSimException error)
        {
            if (error.Status == 429)
            {
                headers = new Dictionary<string, string>(headers) { ["ratelimit-remaining"] = "0" };
            }

            result = new JsonResult(error.Status, new JsonObject { ["id"] = error.Id, ["message"] = error.Message, ["request_id"] = Guid.NewGuid().ToString() });
            if (error.RetryAfter is { } seconds)
            {
                context.Response.Headers["retry-after"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.StatusCode = result.Status;
        if (result.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString(Json), Encoding.UTF8, context.RequestAborted);
        }
    }

    private async Task<JsonResult> ExecuteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var segments = (context.Request.RouteValues["path"]?.ToString() ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var route = _routes.FirstOrDefault(r => r.Matches(context.Request.Method, segments)) ?? throw DoSimErrors.NotFound();
        var request = new DoRequest(
            context.Request.Method,
            segments,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            await JsonBody.ReadAsync(context.Request, () => DoSimErrors.BadRequest("The request body is not valid JSON."), cancellationToken),
            $"{context.Request.Scheme}://{context.Request.Host}");
        var decision = Faults.Next(route.Operation, createsMachine: route.Operation == "droplets_create");
        if (decision.Delay > TimeSpan.Zero)
        {
            await Task.Delay(decision.Delay, _cloud.Time, cancellationToken);
        }

        if (decision.Fault is { AfterEffect: false } before)
        {
            throw Error(before);
        }

        JsonResult result;
        lock (_cloud.Gate)
        {
            _cloud.Advance();
            result = route.Handle(request);
        }

        return decision.Fault is { } after ? throw Error(after) : result;
    }

    private static DoSimException Error(InjectedFault fault) => fault.Kind switch
    {
        FaultKind.Throttle => DoSimErrors.TooManyRequests(1),
        FaultKind.ServerError => DoSimErrors.ServerError(),
        FaultKind.Capacity => DoSimErrors.SizeUnavailable(),
        _ => DoSimErrors.ById(fault.Code ?? "server_error"),
    };
}
