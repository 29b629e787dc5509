namespace HostPool.Providers.DigitalOcean;

/// <summary>Where and with which token the driver talks to the DigitalOcean API. The token is never stored or printed.</summary>
public sealed record DigitalOceanConnection(Uri ApiUrl, string Token)
{
    /// <summary>The API at <paramref name="apiUrl"/> (default: the public API) with the token of DIGITALOCEAN_ACCESS_TOKEN.</summary>
    public static DigitalOceanConnection FromEnvironment(Uri? apiUrl = null) =>
        new(apiUrl ?? new Uri(DigitalOceanFlags.DefaultApiUrl), Environment.GetEnvironmentVariable(DigitalOceanFlags.TokenVariable) is { Length: > 0 } token
            ? token
            : throw MissingToken());

    public static UsageException MissingToken() =>
        new($"No DigitalOcean token: set {DigitalOceanFlags.TokenVariable} or give --{DigitalOceanFlags.AccessToken} " +
            "(a personal access token with read and write scope, from the control panel's API page).");

    public override string ToString() => $"DigitalOcean at {ApiUrl}";

    // The record's generated members would print the token; equality by URL and token is kept, printing is not.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("ApiUrl = ").Append(ApiUrl);
        return true;
    }
}
