namespace HostPool.CloudSim.DigitalOcean;

/// <summary>
/// One API operation: its method, its path under /v2 ("droplets/{}/actions", "{}" matching one segment), its operationId
/// from the spec (the name fault plans use) and its handler, run under the cloud's lock.
/// </summary>
internal sealed record DoRoute(string Method, string Pattern, string Operation, Func<DoRequest, DoResult> Handle)
{
    public bool Matches(string method, IReadOnlyList<string> segments)
    {
        var parts = Pattern.Split('/');
        return method == Method && parts.Length == segments.Count && parts.Zip(segments).All(p => p.First == "{}" || p.First == p.Second);
    }
}
