namespace HostPool.Providers.Model;

/// <summary>
/// How to reach a host over SSH. <see cref="PrivateKeyPath"/> is relative to HOSTPOOL_HOME
/// (the store keeps no absolute paths and no key material).
/// </summary>
public sealed record SshEndpoint(string Address, int Port, string User, string PrivateKeyPath);
