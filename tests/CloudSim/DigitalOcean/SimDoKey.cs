namespace HostPool.CloudSim.DigitalOcean;

/// <summary>An SSH key of the account.</summary>
internal sealed record SimDoKey(long Id, string Name, string PublicKey, string Fingerprint);
