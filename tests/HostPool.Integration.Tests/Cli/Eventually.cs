namespace HostPool.Integration.Tests.Cli;

/// <summary>Retries an HTTP GET for a bounded time while a freshly started container comes up.</summary>
internal static class Eventually
{
    public static async Task<string> GetStringAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                return await http.GetStringAsync(url, cancellationToken);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }
}
