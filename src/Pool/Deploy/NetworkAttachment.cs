using Docker.DotNet.Models;

namespace HostPool.Pool.Deploy;

/// <summary>A network a replica joins after it is created and before it starts (the engine takes one at create).</summary>
internal sealed record NetworkAttachment(string Network, EndpointSettings Endpoint);
