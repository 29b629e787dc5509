using Docker.DotNet;

namespace HostPool.Pool.Operations;

/// <summary>Recognises an engine that failed or could not be reached, and says what it answered.</summary>
internal static class EngineFailure
{
    public static bool Is(Exception exception) => exception is DockerApiException || Deploy.EngineErrors.IsUnreachable(exception);

    public static string Describe(Exception exception) => exception is DockerApiException api
        ? $"engine answered {(int)api.StatusCode}: {api.ResponseBody?.Trim()}"
        : $"engine unreachable: {exception.Message}";

    /// <summary>A failure to act on <paramref name="what"/> as the CLI reports it.</summary>
    public static HostPoolException About(string what, string host, Exception exception) =>
        new($"{what} on {host} failed ({Describe(exception)}). Check the host with `hostpool status {host}` and try again.", ExitCode.Failure, exception);
}
