using Docker.DotNet;
using Docker.DotNet.Models;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Makes sure a host has an image: already there; else streamed from a pool host that has it (save on one
/// engine piped into load on the other, never held in memory whole); else pulled by the host itself.
/// </summary>
internal sealed class ImageDistributor(IEngineClientFactory engines, IReadOnlyList<HostRecord> sources)
{
    public async Task EnsureAsync(IDockerClient target, HostRecord targetHost, string image, CancellationToken cancellationToken)
    {
        if (await HasAsync(target, image, cancellationToken))
        {
            return;
        }

        foreach (var source in sources.Where(s => s.Name != targetHost.Name))
        {
            using var engine = engines.Create(source);
            if (!await HasAsync(engine, image, cancellationToken))
            {
                continue;
            }

            await using var stream = await engine.Images.SaveImageAsync(image, cancellationToken);
            await target.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, stream, new Progress<JSONMessage>(), cancellationToken);
            return;
        }

        try
        {
            await target.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = image }, null, new Progress<JSONMessage>(), cancellationToken);
        }
        catch (DockerApiException exception)
        {
            throw new NotFoundException(
                $"image {image} is on no pool host and {targetHost.Name} cannot pull it ({exception.ResponseBody?.Trim()}); load it on one host (docker load / docker import) or push it to a registry the hosts reach");
        }

        if (!await HasAsync(target, image, cancellationToken))
        {
            throw new NotFoundException($"image {image} is on no pool host and pulling it on {targetHost.Name} gave nothing; load it on one host or push it to a registry the hosts reach");
        }
    }

    private static async Task<bool> HasAsync(IDockerClient engine, string image, CancellationToken cancellationToken)
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
}
