using System.Text.Json;

namespace HostPool.Providers.OpenStack.Api;

/// <summary>
/// Negotiates the compute microversion: GET the compute endpoint's version document, take the highest the driver knows
/// (2.92: key pairs are imported, never generated) that the cloud supports, at least 2.52 (server tags at create).
/// </summary>
internal sealed class OsMicroversion(HttpClient http)
{
    public static readonly Version Wanted = new(2, 92);
    public static readonly Version Least = new(2, 52);

    private readonly SemaphoreSlim _gate = new(1, 1);

    public string? Chosen { get; private set; }

    public async Task<string> NegotiateAsync(string computeEndpoint, string token, CancellationToken cancellationToken)
    {
        if (Chosen is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Chosen is { } raced)
            {
                return raced;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(computeEndpoint + "/"));
            request.Headers.Add("X-Auth-Token", token);
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw OsErrors.Read(response, text);
            }

            using var document = JsonDocument.Parse(text);
            var max = document.RootElement.TryGetProperty("version", out var version) && version.TryGetProperty("version", out var v)
                && Version.TryParse(v.GetString(), out var parsed) ? parsed : new Version(2, 1);
            if (max < Least)
            {
                throw new UsageException($"The compute API at {computeEndpoint} supports microversions up to {max}; hostpool needs {Least} or later (OpenStack Pike or newer).");
            }

            var chosen = max < Wanted ? max : Wanted;
            return Chosen = chosen.ToString(2);
        }
        finally
        {
            _gate.Release();
        }
    }
}
