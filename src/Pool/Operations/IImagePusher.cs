namespace HostPool.Pool.Operations;

/// <summary>Copies an image to the hosts that lack it, engine to engine, without a registry.</summary>
public interface IImagePusher
{
    /// <summary>
    /// Streams <paramref name="image"/> into each target (the named <paramref name="hosts"/>, else every running
    /// host of <paramref name="pool"/>, else of every pool) that lacks it, targets in parallel. Sources: the
    /// user's local engine first, else a pool host that has it.
    /// </summary>
    /// <exception cref="NotFoundException">A named host does not exist, or the image is nowhere (the message says where it looked).</exception>
    Task<IReadOnlyList<ImagePushOutcome>> PushAsync(string image, IReadOnlyList<string> hosts, string? pool, CancellationToken cancellationToken);
}
