using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;
using Azure.ResourceManager;

namespace HostPool.Providers.Azure;

/// <summary>
/// ArmClients through Azure.Identity: a service principal (ClientSecretCredential) when tenant, client id and secret
/// are known, otherwise the default credential chain, both against the connection's authority host. Azure.Core's own
/// retries are off: every call goes through the driver's named retry pipeline (<see cref="AzureCalls"/>). One
/// credential per connection, so its token cache serves every call.
/// </summary>
internal sealed class AzureClientFactory(AzureDriverOptions driverOptions) : IAzureClientFactory
{
    /// <summary>The api-version of every Microsoft.Network type reached as a generic resource (seeding one type seeds the namespace).</summary>
    public const string NetworkApiVersion = "2023-05-01";

    private static readonly string[] NetworkTypes = ["virtualNetworks", "virtualNetworks/subnets", "networkSecurityGroups", "publicIPAddresses", "networkInterfaces"];

    private readonly ConcurrentDictionary<AzureConnection, TokenCredential> _credentials = new();

    public ArmClient Create(AzureConnection connection)
    {
        var options = new ArmClientOptions
        {
            Environment = new ArmEnvironment(connection.ArmEndpoint, connection.ArmEndpoint.ToString()),
            Transport = AzureTrust.Transport(connection, driverOptions.RequestTimeout),
        };
        options.Retry.MaxRetries = 0;
        foreach (var type in NetworkTypes)
        {
            options.SetApiVersion(new ResourceType("Microsoft.Network/" + type), NetworkApiVersion);
        }

        return new ArmClient(_credentials.GetOrAdd(connection, Credential), connection.SubscriptionId, options);
    }

    private TokenCredential Credential(AzureConnection connection)
    {
        var transport = AzureTrust.Transport(connection, driverOptions.RequestTimeout);
        if (connection is { TenantId: { } tenant, ClientId: { } clientId, ClientSecret: { } secret })
        {
            return new ClientSecretCredential(tenant, clientId, secret, new ClientSecretCredentialOptions
            {
                AuthorityHost = connection.AuthorityHost,
                Transport = transport,
                DisableInstanceDiscovery = !IsPublicCloud(connection.AuthorityHost),
            });
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            AuthorityHost = connection.AuthorityHost,
            Transport = transport,
            TenantId = connection.TenantId,
            DisableInstanceDiscovery = !IsPublicCloud(connection.AuthorityHost),
        });
    }

    /// <summary>Instance discovery is asked of the public cloud's authority; other authorities (sovereign, private, simulators) are trusted as given.</summary>
    private static bool IsPublicCloud(Uri authority) => authority.Host.Equals(new Uri(AzureFlags.DefaultAuthorityHost).Host, StringComparison.OrdinalIgnoreCase);
}
