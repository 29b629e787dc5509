namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// The error answers of the services: Nova's fault names by status (faults.rst: itemNotFound, badRequest,
/// conflictingRequest, overLimit, computeFault), Neutron's error types (PortNotFound, SecurityGroupInUse, ...) and
/// Keystone's 401 that every service's token check gives.
/// </summary>
internal static class OsSimErrors
{
    public static OsSimException Unauthorized() =>
        new(401, "Unauthorized", "The request you have made requires authentication.") { Keystone = true };

    public static OsSimException NotFound(OsService service, string message) =>
        new(404, service == OsService.Network ? "HTTPNotFound" : NovaName(404), message);

    public static OsSimException BadRequest(OsService service, string message) =>
        new(400, service == OsService.Network ? "HTTPBadRequest" : NovaName(400), message);

    public static OsSimException Conflict(string message) => new(409, NovaName(409), message);

    public static OsSimException Neutron(int status, string type, string message) => new(status, type, message);

    public static OsSimException TooManyRequests(OsService service) =>
        new(429, service == OsService.Network ? "HTTPTooManyRequests" : NovaName(429), "This request was rate-limited.") { RetryAfter = 1, Keystone = service == OsService.Identity };

    public static OsSimException ServerError(OsService service) =>
        new(500, service == OsService.Network ? "HTTPInternalServerError" : NovaName(500), "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.")
        {
            Keystone = service == OsService.Identity,
        };

    /// <summary>An error chosen by name (scripted faults): a Nova fault name, a Neutron type or "Unauthorized".</summary>
    public static OsSimException ByCode(OsService service, string code) => code switch
    {
        "Unauthorized" or "unauthorized" => Unauthorized(),
        "badRequest" => BadRequest(service, "Injected failure."),
        "forbidden" => new(403, service == OsService.Network ? "HTTPForbidden" : "forbidden", "Policy doesn't allow this to be performed.") { Keystone = service == OsService.Identity },
        "itemNotFound" => NotFound(service, "Injected failure."),
        "conflictingRequest" => Conflict("Injected failure."),
        "overLimit" => TooManyRequests(service),
        "computeFault" => ServerError(service),
        "OverQuota" => Neutron(409, "OverQuota", "Quota exceeded for resources: ['floatingip']."),
        _ => new(500, code, $"Injected failure {code}.") { Keystone = service == OsService.Identity },
    };

    /// <summary>Nova's fault name for a status (nova.api.openstack.wsgi.Fault).</summary>
    public static string NovaName(int status) => status switch
    {
        400 => "badRequest",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "itemNotFound",
        405 => "badMethod",
        409 => "conflictingRequest",
        413 or 429 => "overLimit",
        415 => "badMediaType",
        501 => "notImplemented",
        503 => "serviceUnavailable",
        _ => "computeFault",
    };
}
