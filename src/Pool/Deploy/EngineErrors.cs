using System.Globalization;
using Docker.DotNet;

namespace HostPool.Pool.Deploy;

/// <summary>Runs an engine step and turns the ways it can fail into one line for the replica's report.</summary>
internal static class EngineErrors
{
    /// <summary>
    /// The ways an engine that is gone shows: refused or reset connections (Docker.DotNet's handler throws the raw
    /// SocketException, wrapped in an AggregateException when it tried several addresses), broken streams, timeouts.
    /// </summary>
    public static bool IsUnreachable(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutException or System.Net.Sockets.SocketException
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnreachable));

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
        catch (Exception exception) when (IsUnreachable(exception))
        {
            return $"engine unreachable: {(exception is AggregateException aggregate ? aggregate.InnerExceptions[0].Message : exception.Message)}";
        }
    }
}
