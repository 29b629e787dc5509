using Docker.DotNet;
using Docker.DotNet.Models;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Makes sure a host has an image: already there; else streamed from the user's local engine when it answers
/// and has it, else from a pool host that has it (save on one engine piped into load on the other, never held
/// in memory whole); else (for a deploy) pulled by the host itself.
/// </summary>
internal sealed class ImageDistributor(IEngineClientFactory engines, IReadOnlyList<HostRecord> sources, ILocalEngine? local = null)
{
    private readonly ILocalEngine _local = local ?? LocalEngines.FromProcess();

    public async Task EnsureAsync(IDockerClient target, HostRecord targetHost, string image, CancellationToken cancellationToken) =>
        await EnsureAsync(target, targetHost, image, pullPolicy: null, cancellationToken);

    /// <summary>
    /// As compose's <c>pull_policy</c> says: <c>always</c> pulls first (and falls back to what is there or can be
    /// streamed when the host cannot pull); <c>never</c> and <c>build</c> never pull (hostpool builds nothing);
    /// otherwise (<c>missing</c>, the default) what is there, else streamed, else pulled.
    /// </summary>
    public async Task EnsureAsync(IDockerClient target, HostRecord targetHost, string image, string? pullPolicy, CancellationToken cancellationToken)
    {
        string? pullError = null;
        if (pullPolicy == "always")
        {
            pullError = await TryPullAsync(target, image, cancellationToken);
            if (pullError is null)
            {
                return;
            }
        }

        if (await HasAsync(target, image, cancellationToken) || await CopyAsync(target, targetHost, image, cancellationToken) is not null)
        {
            return;
        }

        if (pullPolicy is "never" or "build")
        {
            throw new NotFoundException(
                $"image {image} is not on {targetHost.Name}, {_local.Describe()} nor any pool host, and pull_policy: {pullPolicy} forbids pulling; build or load it locally and run `hostpool image push {image}`");
        }

        pullError ??= await TryPullAsync(target, image, cancellationToken);
        if (pullError is not null)
        {
            throw new NotFoundException(
                $"image {image} is not on {_local.Describe()} nor on any pool host, and {targetHost.Name} cannot pull it ({pullError}); load it locally or on one host (docker load / docker import) or push it to a registry the hosts reach");
        }

        if (!await HasAsync(target, image, cancellationToken))
        {
            throw new NotFoundException($"image {image} is on no pool host and pulling it on {targetHost.Name} gave nothing; load it locally or on one host or push it to a registry the hosts reach");
        }
    }

    private static async Task<string?> TryPullAsync(IDockerClient target, string image, CancellationToken cancellationToken)
    {
        try
        {
            await target.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = image }, null, new Progress<JSONMessage>(), cancellationToken);
            return null;
        }
        catch (DockerApiException exception)
        {
            return exception.ResponseBody?.Trim() ?? exception.Message;
        }
    }

    /// <summary>Where <paramref name="image"/> can be copied from (the local engine first), or null when it is nowhere.</summary>
    public async Task<string?> FindAsync(string image, CancellationToken cancellationToken)
    {
        await foreach (var (name, engine) in SourcesAsync(except: null, cancellationToken))
        {
            using (engine)
            {
                if (await HasAsync(engine, image, cancellationToken))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>Every place <see cref="FindAsync"/> looks, for a message that says where the image is not.</summary>
    public string Searched() => $"{_local.Describe()} and the pool hosts {string.Join(", ", sources.Select(s => s.Name))}";

    /// <summary>Streams the image from the first source that has it into <paramref name="target"/>; returns that source, or null when none has it.</summary>
    public async Task<string?> CopyAsync(IDockerClient target, HostRecord targetHost, string image, CancellationToken cancellationToken)
    {
        await foreach (var (name, engine) in SourcesAsync(targetHost.Name, cancellationToken))
        {
            using (engine)
            {
                if (!await HasAsync(engine, image, cancellationToken))
                {
                    continue;
                }

                await using var stream = await engine.Images.SaveImageAsync(image, cancellationToken);
                await target.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, stream, new Progress<JSONMessage>(), cancellationToken);
                return name;
            }
        }

        return null;
    }

    public static async Task<bool> HasAsync(IDockerClient engine, string image, CancellationToken cancellationToken)
    {
        try
        {
            await engine.Images.InspectImageAsync(image, cancellationToken);
            return true;
        }
        catch (DockerApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private async IAsyncEnumerable<(string Name, IDockerClient Engine)> SourcesAsync(string? except, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (await _local.AnswersAsync(cancellationToken))
        {
            yield return ("local engine", _local.Connect());
        }

        foreach (var source in sources.Where(s => s.Name != except))
        {
            yield return (source.Name, engines.Create(source));
        }
    }
}
