namespace HostPool.CloudSim.DigitalOcean;

/// <summary>The error answers of the API samples (shared/responses/*.yml), by status.</summary>
internal static class DoSimErrors
{
    public static DoSimException Unauthorized() => new(401, "unauthorized", "Unable to authenticate you.");

    public static DoSimException Forbidden() => new(403, "forbidden", "You do not have access for the attempted action.");

    public static DoSimException NotFound() => new(404, "not_found", "The resource you requested could not be found.");

    public static DoSimException Unprocessable(string message) => new(422, "unprocessable_entity", message);

    public static DoSimException BadRequest(string message) => new(400, "bad_request", message);

    public static DoSimException TooManyRequests(int retryAfter) => new(429, "too_many_requests", "API rate limit exceeded.") { RetryAfter = retryAfter };

    public static DoSimException ServerError() => new(500, "server_error", "Unexpected server-side error");

    public static DoSimException SizeUnavailable() => Unprocessable("Size is not available in this region.");

    /// <summary>An error chosen by its id (scripted faults), with the status the API sends for it.</summary>
    public static DoSimException ById(string id) => id switch
    {
        "unauthorized" => Unauthorized(),
        "forbidden" => Forbidden(),
        "not_found" => NotFound(),
        "unprocessable_entity" => Unprocessable("Injected failure."),
        "too_many_requests" => TooManyRequests(1),
        "server_error" => ServerError(),
        _ => new DoSimException(500, id, $"Injected failure {id}."),
    };
}
