using Azure.ResourceManager;

namespace HostPool.Providers.Azure;

/// <summary>Makes ArmClients for a connection (credential, endpoints, trust); the seam tests can replace.</summary>
internal interface IAzureClientFactory
{
    ArmClient Create(AzureConnection connection);
}
