using System.Globalization;
using Docker.DotNet;

namespace HostPool.Pool.Deploy;

/// <summary>Runs an engine step and turns the ways it can fail into one line for the replica's report.</summary>
internal static class EngineErrors
{
    public static async Task<string?> TryAsync(Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (HostPoolException exception)
        {
            return exception.Message;
        }
        catch (DockerApiException exception)
        {
            return string.Create(CultureInfo.InvariantCulture, $"engine answered {(int)exception.StatusCode}: {exception.ResponseBody?.Trim()}");
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutException)
        {
            return $"engine unreachable: {exception.Message}";
        }
    }
}
