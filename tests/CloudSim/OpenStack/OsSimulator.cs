using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// Keystone v3, Nova v2.1, Neutron v2.0 and Glance v2 as the samples describe them, on one port: a token from
/// POST /identity/v3/auth/tokens (X-Subject-Token, catalog pointing back here) is required by every other service and
/// expires after <see cref="OsSimOptions.TokenLifetime"/>; compute answers the microversion asked for. Errors come in
/// each service's shape (Nova {"itemNotFound": {...}}, Neutron {"NeutronError": {...}}, Keystone {"error": {...}},
/// Glance text). Fault plans name operations as the driver does (servers_create, floatingips_delete, tokens_create, ...);
/// a capacity fault makes a server build go to ERROR with "No valid host was found", and a scripted "Unauthorized"
/// revokes the token it was sent with.
/// </summary>
internal sealed class OsSimulator : ICloudSimulator
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, (OsService Service, string Version)> Services = new(StringComparer.Ordinal)
    {
        ["identity"] = (OsService.Identity, "v3"),
        ["compute"] = (OsService.Compute, "v2.1"),
        ["network"] = (OsService.Network, "v2.0"),
        ["image"] = (OsService.Image, "v2"),
    };

    private readonly OsCloud _cloud;
    private readonly Dictionary<OsService, IReadOnlyList<JsonRoute<OsRequest>>> _routes;

    public OsSimulator(OsSimOptions options, IMachineBackend backend, TimeProvider time)
    {
        _cloud = new OsCloud(options, backend, time);
        _routes = new()
        {
            [OsService.Identity] = new IdentityRoutes(_cloud).Routes,
            [OsService.Compute] = [.. new FlavorRoutes(_cloud).Routes, .. new ServerRoutes(_cloud).Routes, .. new KeyPairRoutes(_cloud).Routes],
            [OsService.Network] = [.. new NetworkRoutes(_cloud).Routes, .. new SecurityGroupRoutes(_cloud).Routes, .. new FloatingIpRoutes(_cloud).Routes, .. new TagRoutes(_cloud).Routes],
            [OsService.Image] = new ImageRoutes().Routes,
        };
    }

    public string Name => "openstack";

    public FaultInjector Faults { get; } = new();

    public IReadOnlyList<string> Operations => [.. _routes.Values.SelectMany(r => r).Select(r => r.Operation).Distinct()];

    /// <summary>Tokens issued and requests refused for a missing, expired or revoked token.</summary>
    public (int Issued, int Rejected) TokenCounts
    {
        get
        {
            lock (_cloud.Gate)
            {
                return (_cloud.Tokens.Issued, _cloud.Tokens.Rejected);
            }
        }
    }

    /// <summary>Requests per endpoint interface (public, internal, admin).</summary>
    public IReadOnlyDictionary<string, int> Interfaces
    {
        get
        {
            lock (_cloud.Gate)
            {
                return new Dictionary<string, int>(_cloud.Interfaces, StringComparer.Ordinal);
            }
        }
    }

    public OsSimOptions Options => _cloud.Options;

    public void Map(IEndpointRouteBuilder routes) => routes.Map("/{**path}", HandleAsync);

    public IReadOnlyList<LiveResource> LiveResources() => _cloud.LiveResources();

    public IReadOnlyList<string> Describe() =>
    [
        $"Keystone v3 at /identity/v3 (region {Options.Region}): user {Options.Username}, password {Options.Password}, project {Options.ProjectName}, " +
            $"or application credential {Options.ApplicationCredentialId} with secret {Options.ApplicationCredentialSecret}; tokens live {Options.TokenLifetime.TotalSeconds:0} s",
        $"compute v2.1 up to microversion {Options.MaxComputeVersion.ToString(2)}; servers from the {_cloud.Backend.Name} backend (they log in as {OsCatalog.SshUser})",
        .. OsCatalog.Images.Select(i => $"image {i.Name} ({i.Id})"),
        .. OsCatalog.Flavors.Select(f => $"flavor {f.Name} ({f.Id})"),
        .. OsCatalog.Networks.Select(n => $"network {n.Name} ({n.Id})" + (n.External ? " external" : "")),
    ];

    private async Task HandleAsync(HttpContext context)
    {
        var segments = (context.Request.RouteValues["path"]?.ToString() ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var @interface = segments.Count > 0 && segments[0] is "internal" or "admin" ? segments[0] : "public";
        if (@interface != "public")
        {
            segments.RemoveAt(0);
        }

        (OsService Service, string Version) service = segments.Count > 0 && Services.TryGetValue(segments[0], out var known) ? known : (OsService.Compute, "");
        var microversion = new Version(2, 1);
        JsonResult result;
        try
        {
            if (segments.Count < 2 || segments[1] != service.Version)
            {
                throw OsSimErrors.NotFound(service.Service, "The resource could not be found.");
            }

            if (service.Service == OsService.Compute)
            {
                microversion = OsMicroversions.Of(context.Request.Headers, Options.MaxComputeVersion);
            }

            result = await ExecuteAsync(context, service.Service, @interface, segments[2..], microversion, context.RequestAborted);
        }
        catch (OsSimException error)
        {
            result = Render(service.Service, error, context.Response);
        }

        var requestId = "req-" + Guid.NewGuid();
        context.Response.Headers["x-openstack-request-id"] = requestId;
        if (service.Service == OsService.Compute)
        {
            context.Response.Headers["x-compute-request-id"] = requestId;
            context.Response.Headers["OpenStack-API-Version"] = "compute " + microversion.ToString(2);
            context.Response.Headers["X-OpenStack-Nova-API-Version"] = microversion.ToString(2);
            context.Response.Headers.Vary = "OpenStack-API-Version, X-OpenStack-Nova-API-Version";
        }

        foreach (var (name, value) in result.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.StatusCode = result.Status;
        if (result.Body is JsonValue text && text.TryGetValue<string>(out var page))
        {
            context.Response.ContentType = "text/plain; charset=UTF-8";
            await context.Response.WriteAsync(page, Encoding.UTF8, context.RequestAborted);
        }
        else if (result.Body is { } body)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString(Json), Encoding.UTF8, context.RequestAborted);
        }
    }

    private async Task<JsonResult> ExecuteAsync(HttpContext context, OsService service, string @interface, IReadOnlyList<string> segments, Version microversion, CancellationToken cancellationToken)
    {
        var token = context.Request.Headers["X-Auth-Token"].ToString();
        lock (_cloud.Gate)
        {
            _cloud.Interfaces[@interface] = _cloud.Interfaces.GetValueOrDefault(@interface) + 1;
            if (service != OsService.Identity && !_cloud.Tokens.IsValid(token))
            {
                throw OsSimErrors.Unauthorized();
            }
        }

        var route = _routes[service].FirstOrDefault(r => r.Matches(context.Request.Method, segments))
            ?? throw (service == OsService.Network
                ? OsSimErrors.Neutron(404, "HTTPNotFound", "The resource could not be found.")
                : OsSimErrors.NotFound(service, "The resource could not be found."));
        var body = await JsonBody.ReadAsync(context.Request, () => OsSimErrors.BadRequest(service, "Malformed request body"), cancellationToken);
        var decision = Faults.Next(route.Operation, createsMachine: route.Operation == "servers_create");
        if (decision.Delay > TimeSpan.Zero)
        {
            await Task.Delay(decision.Delay, _cloud.Time, cancellationToken);
        }

        if (decision.Fault is { AfterEffect: false } before && before.Kind != FaultKind.Capacity)
        {
            throw Error(service, before, token);
        }

        var request = new OsRequest(
            service,
            context.Request.Method,
            segments,
            context.Request.Query.ToDictionary(q => q.Key, q => string.Join(',', q.Value.ToArray()), StringComparer.Ordinal),
            body,
            $"{context.Request.Scheme}://{context.Request.Host}")
        {
            Microversion = microversion,
            NoValidHost = decision.Fault?.Kind == FaultKind.Capacity,
        };
        JsonResult result;
        lock (_cloud.Gate)
        {
            _cloud.Advance();
            result = route.Handle(request);
        }

        return decision.Fault is { AfterEffect: true } after ? throw Error(service, after, token) : result;
    }

    private OsSimException Error(OsService service, InjectedFault fault, string token)
    {
        var error = fault.Kind switch
        {
            FaultKind.Throttle => OsSimErrors.TooManyRequests(service),
            FaultKind.ServerError => OsSimErrors.ServerError(service),
            _ => OsSimErrors.ByCode(service, fault.Code ?? (service == OsService.Network ? "HTTPInternalServerError" : "computeFault")),
        };
        if (error.Status == 401)
        {
            lock (_cloud.Gate)
            {
                _cloud.Tokens.Revoke(token);
            }
        }

        return error;
    }

    /// <summary>The error body in the service's shape.</summary>
    private static JsonResult Render(OsService service, OsSimException error, HttpResponse response)
    {
        if (error.RetryAfter is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var reason = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(error.Status);
        JsonNode body = error.Keystone || service == OsService.Identity
            ? new JsonObject { ["error"] = new JsonObject { ["code"] = error.Status, ["message"] = error.Message, ["title"] = error.Status == 401 ? "Unauthorized" : reason } }
            : service switch
            {
                OsService.Network => new JsonObject { ["NeutronError"] = new JsonObject { ["type"] = error.Kind, ["message"] = error.Message, ["detail"] = "" } },
                OsService.Image => JsonValue.Create($"{error.Status} {reason}\n\n{error.Message}\n\n   "),
                _ => new JsonObject { [error.Kind] = error.Status is 413 or 429
                    ? new JsonObject { ["code"] = error.Status, ["message"] = error.Message, ["retryAfter"] = (error.RetryAfter ?? 0).ToString(CultureInfo.InvariantCulture) }
                    : new JsonObject { ["code"] = error.Status, ["message"] = error.Message } },
            };
        if (error.Status == 401)
        {
            response.Headers.WWWAuthenticate = "Keystone uri=\"/identity\"";
        }

        return new JsonResult(error.Status, body);
    }
}
