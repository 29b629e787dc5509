namespace HostPool.Providers.Azure;

/// <summary>What every azure operation needs: clients, the retry pipeline's settings, the clock.</summary>
internal sealed class AzureServices(IAzureClientFactory clients, AzureDriverOptions options, TimeProvider time)
{
    public AzureDriverOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public AzureCalls Connect(AzureConnection connection) => new(clients.Create(connection), connection, Options, Time);
}
