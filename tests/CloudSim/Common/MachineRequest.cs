namespace HostPool.CloudSim.Common;

/// <summary>
/// One machine to make. <paramref name="Name"/> is the provider's id of the instance (unique, usable as a host name);
/// <paramref name="AuthorizedKey"/> an authorized_keys line; <paramref name="SshUser"/> the login the image promises.
/// </summary>
public sealed record MachineRequest(string Name, string AuthorizedKey, string SshUser);
