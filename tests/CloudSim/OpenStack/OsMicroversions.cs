namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// The compute microversion a request asks for (microversions.rst): "OpenStack-API-Version: compute X.Y" or
/// "X-OpenStack-Nova-API-Version: X.Y", "latest" for the highest; none means 2.1. Outside 2.1..max is 406.
/// </summary>
internal static class OsMicroversions
{
    public static Version Of(IHeaderDictionary headers, Version max)
    {
        var asked = headers["OpenStack-API-Version"].ToString().Split(',', StringSplitOptions.TrimEntries)
            .Select(v => v.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(p => p.Length == 2 && p[0] == "compute")?[1]
            ?? (headers["X-OpenStack-Nova-API-Version"].ToString() is { Length: > 0 } legacy ? legacy : null);
        if (asked is null)
        {
            return new Version(2, 1);
        }

        if (asked == "latest")
        {
            return max;
        }

        if (!Version.TryParse(asked, out var version) || version.Build >= 0)
        {
            throw new OsSimException(400, "badRequest", $"Invalid API version request string {asked}.");
        }

        return version >= new Version(2, 1) && version <= max
            ? version
            : throw new OsSimException(406, "computeFault", $"Version {asked} is not supported by the API. Minimum is 2.1 and maximum is {max.ToString(2)}.");
    }
}
