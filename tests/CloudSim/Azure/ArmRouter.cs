using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// Serves /subscriptions/{id}/...: checks the bearer token and api-version, names the call for fault injection
/// ("PUT Microsoft.Compute/virtualMachines", "GET operations", ...), injects the plan's faults (429 with Retry-After,
/// 500, out-of-capacity VM creates, scripted errors, lost answers) and dispatches to the resource handlers.
/// </summary>
internal sealed class ArmRouter
{
    private readonly AzureCloud _cloud;
    private readonly IdentityEndpoints _identity;
    private readonly FaultInjector _faults;
    private readonly NetworkActions _network;
    private readonly VmActions _vms;
    private readonly GroupActions _groups;

    public ArmRouter(AzureCloud cloud, IdentityEndpoints identity, FaultInjector faults)
    {
        _cloud = cloud;
        _identity = identity;
        _faults = faults;
        _network = new NetworkActions(cloud);
        _vms = new VmActions(cloud);
        _groups = new GroupActions(cloud, _network);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var token = context.RequestAborted;
        var response = await AnswerAsync(context, token);
        await response.WriteAsync(context.Response, token);
    }

    private async Task<SimResponse> AnswerAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var http = context.Request;
        var segments = http.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (!_identity.IsValid(http.Headers.Authorization))
        {
            return ArmErrors.Error("AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing or carries no valid bearer token.")
                .With("WWW-Authenticate", $"Bearer authorization_uri=\"{http.Scheme}://{http.Host}/{_cloud.Options.TenantId}\", error=\"invalid_token\"");
        }

        if (segments.Count < 2 || !segments[1].Equals(_cloud.Options.SubscriptionId, StringComparison.OrdinalIgnoreCase))
        {
            return ArmErrors.Error("SubscriptionNotFound", $"The subscription '{(segments.Count > 1 ? segments[1] : "")}' could not be found.");
        }

        if (!http.Query.ContainsKey("api-version"))
        {
            return ArmErrors.Error("MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
        }

        JsonNode? body = null;
        if (http.ContentLength > 0 || http.Headers.ContentType.ToString().Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                body = await JsonNode.ParseAsync(http.Body, cancellationToken: cancellationToken);
            }
            catch (JsonException error)
            {
                return ArmErrors.Error("InvalidRequestContent", $"The request content was invalid and could not be deserialized: {error.Message}");
            }
        }

        var request = new ArmRequest(http.Method, segments.Skip(2).ToList(), http.Query, body, $"{http.Scheme}://{http.Host}", segments[1]);
        var action = ActionOf(request);
        var newVm = request.Method == "PUT" && action == $"PUT {VmActions.VmType}" && _cloud.Find(ResourceId(request)) is null;
        var decision = _faults.Next(action, newVm);
        if (decision.Delay > TimeSpan.Zero)
        {
            await Task.Delay(decision.Delay, _cloud.Time, cancellationToken);
        }

        var fault = decision.Fault;
        if (fault is { Kind: FaultKind.Throttle })
        {
            return ArmErrors.Throttled(_cloud.Options.RetryAfterSeconds);
        }

        if (fault is { Kind: FaultKind.ServerError })
        {
            return ArmErrors.Error("InternalServerError", "An internal server error occurred. Please retry the request.");
        }

        if (fault is { Kind: FaultKind.Scripted, AfterEffect: false })
        {
            return Scripted(fault);
        }

        var answer = Dispatch(request, fault is { Kind: FaultKind.Capacity });
        return fault is { Kind: FaultKind.Scripted } ? Scripted(fault) : answer;
    }

    private SimResponse Scripted(InjectedFault fault)
    {
        var code = fault.Code ?? "InternalServerError";
        return code == "SubscriptionRequestsThrottled" ? ArmErrors.Throttled(_cloud.Options.RetryAfterSeconds) : ArmErrors.Error(code, $"Injected {code}.");
    }

    private SimResponse Dispatch(ArmRequest request, bool outOfCapacity)
    {
        var s = request.Segments;
        var method = request.Method;
        switch (s.Count)
        {
            case 0 when method == "GET":
                return SimResponse.Json(200, new JsonObject
                {
                    ["id"] = $"/subscriptions/{_cloud.Options.SubscriptionId}", ["subscriptionId"] = _cloud.Options.SubscriptionId,
                    ["tenantId"] = _cloud.Options.TenantId, ["displayName"] = "hostpool simulator", ["state"] = "Enabled",
                });
            case 1 when request.Is(0, "resources") && method == "GET":
                return _groups.ListResources(request, null);
            case 1 when request.Is(0, "resourcegroups") && method == "GET":
                return _groups.ListGroups(request);
            case 2 when request.Is(0, "providers") && method == "GET":
                return ProviderCatalog.Get(_cloud.Options.SubscriptionId, s[1], _cloud.Options.Locations);
            case 6 when request.Is(0, "providers") && request.Is(2, "locations") && method == "GET":
                return Operation(request, s[5], results: request.Is(4, "operationResults"));
            case 2 when request.Is(0, "resourcegroups"):
                return method switch
                {
                    "PUT" => _groups.Put(request, s[1]),
                    "GET" => _groups.Get(s[1]),
                    "HEAD" => _cloud.GroupExists(s[1]) ? new SimResponse(204) : new SimResponse(404),
                    "DELETE" => _groups.Delete(request, s[1]),
                    _ => MethodNotAllowed(method),
                };
            case 3 when request.Is(0, "resourcegroups") && request.Is(2, "resources") && method == "GET":
                return _groups.ListResources(request, s[1]);
            case 6 when request.Is(0, "resourcegroups") && request.Is(2, "providers"):
                return Resource(request, s[1], $"{s[3]}/{s[4]}", s[5], outOfCapacity);
            case 7 when request.Is(0, "resourcegroups") && request.Is(2, "providers") && $"{s[3]}/{s[4]}".Equals(VmActions.VmType, StringComparison.OrdinalIgnoreCase):
                return method switch
                {
                    "GET" when s[6].Equals("instanceView", StringComparison.OrdinalIgnoreCase) => _vms.Get(s[1], s[5], instanceView: true),
                    "POST" when s[6] is "start" or "powerOff" or "deallocate" or "restart" => _vms.Act(request, s[1], s[5], s[6]),
                    _ => MethodNotAllowed(method),
                };
            default:
                return ArmErrors.Error("InvalidParameter", $"The simulator does not serve {method} {string.Join('/', s)}.") with { Status = 404 };
        }
    }

    private SimResponse Resource(ArmRequest request, string group, string type, string name, bool outOfCapacity)
    {
        if (type.Equals(VmActions.VmType, StringComparison.OrdinalIgnoreCase))
        {
            return request.Method switch
            {
                "PUT" => _vms.Put(request, group, name, outOfCapacity),
                "GET" => _vms.Get(group, name, instanceView: false),
                "DELETE" => _vms.Delete(request, group, name),
                _ => MethodNotAllowed(request.Method),
            };
        }

        if (type.Equals(VmActions.DiskType, StringComparison.OrdinalIgnoreCase))
        {
            return request.Method switch
            {
                "GET" => _vms.GetDisk(group, name),
                "DELETE" => _vms.DeleteDisk(request, group, name),
                _ => MethodNotAllowed(request.Method),
            };
        }

        if (!type.StartsWith("Microsoft.Network/", StringComparison.OrdinalIgnoreCase))
        {
            return ArmErrors.Error("NoRegisteredProviderFound", $"No registered resource provider found for type '{type}'.") with { Status = 400 };
        }

        return request.Method switch
        {
            "PUT" => _network.Put(request, group, type, name),
            "GET" => _network.Get(group, type, name),
            "DELETE" => _network.Delete(request, group, type, name),
            _ => MethodNotAllowed(request.Method),
        };
    }

    private SimResponse Operation(ArmRequest request, string id, bool results)
    {
        lock (_cloud.Gate)
        {
            if (!_cloud.Operations.TryGetValue(id, out var operation))
            {
                return ArmErrors.Error("ResourceNotFound", $"Operation {id} was not found.");
            }

            if (!results)
            {
                return SimResponse.Json(200, operation.ToJson());
            }

            return operation.Status switch
            {
                "InProgress" => new SimResponse(202).With("Location", $"{request.BaseUrl}/subscriptions/{request.SubscriptionId}/{string.Join('/', request.Segments)}?api-version={Uri.EscapeDataString(request.ApiVersion)}"),
                "Succeeded" => new SimResponse(204),
                _ => ArmErrors.Error(operation.Error?["code"]?.GetValue<string>() ?? "InternalServerError", operation.Error?["message"]?.GetValue<string>() ?? "The operation failed."),
            };
        }
    }

    private static string ActionOf(ArmRequest request)
    {
        var s = request.Segments;
        return s.Count switch
        {
            0 => "GET subscription",
            1 when request.Is(0, "resourcegroups") => "LIST Microsoft.Resources/resourceGroups",
            1 or 3 when s[^1].Equals("resources", StringComparison.OrdinalIgnoreCase) => "LIST resources",
            2 when request.Is(0, "providers") => "GET providers",
            6 when request.Is(0, "providers") => "GET operations",
            2 => $"{request.Method} Microsoft.Resources/resourceGroups",
            6 => $"{request.Method} {s[3]}/{s[4]}",
            7 when request.Method == "POST" => $"POST {s[3]}/{s[4]}/{s[6]}",
            7 => $"{request.Method} {s[3]}/{s[4]}/{s[6]}",
            _ => $"{request.Method} other",
        };
    }

    private string ResourceId(ArmRequest request) =>
        request.Segments.Count == 6 ? $"{_cloud.GroupId(request.Segments[1])}/providers/{request.Segments[3]}/{request.Segments[4]}/{request.Segments[5]}" : "";

    private static SimResponse MethodNotAllowed(string method) =>
        ArmErrors.Error("InvalidParameter", $"Method {method} is not supported here.") with { Status = 405 };
}
