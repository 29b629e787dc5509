namespace HostPool.CloudSim.Common;

/// <summary>
/// One operation of a JSON API: its method, its path pattern ("servers/{}/action", "{}" matching one segment), its name
/// (the one fault plans use) and its handler, run under the simulated cloud's lock.
/// </summary>
internal sealed record JsonRoute<TRequest>(string Method, string Pattern, string Operation, Func<TRequest, JsonResult> Handle)
{
    public bool Matches(string method, IReadOnlyList<string> segments)
    {
        var parts = Pattern.Length == 0 ? [] : Pattern.Split('/');
        return method == Method && parts.Length == segments.Count && parts.Zip(segments).All(p => p.First == "{}" || p.First == p.Second);
    }
}
