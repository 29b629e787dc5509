namespace HostPool.Pool.Deploy;

/// <summary>A secret or config as it lands in a replica: absolute path, content, numeric mode and owner.</summary>
internal sealed record ContainerFile(string Path, byte[] Content, int Mode, int Uid, int Gid);
