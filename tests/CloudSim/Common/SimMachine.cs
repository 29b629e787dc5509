namespace HostPool.CloudSim.Common;

/// <summary>A machine made by a backend: its id there, the address to reach it on and the user that logs in.</summary>
public sealed record SimMachine(string Id, string Address, string SshUser);
