using System.Text.Json;
using HostPool.Providers.OpenStack.Api;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.OpenStack;

/// <summary>
/// Polls a server through the named pipeline "hostpool-openstack-wait" (constant interval, bounded attempts) until it
/// reaches a status, or until Nova no longer knows it. ERROR ends the wait at once with Nova's fault message.
/// </summary>
internal sealed class OpenStackWaits(OpenStackDriverOptions options, TimeProvider time)
{
    public const string PipelineName = "hostpool-openstack-wait";

    /// <summary>Waits for <paramref name="status"/>; null <paramref name="status"/> waits until the server is gone.</summary>
    public async Task<JsonElement?> ServerAsync(OsApi api, string serverId, string? status, CancellationToken cancellationToken)
    {
        var pipeline = new ResiliencePipelineBuilder<(bool Done, JsonElement? Server)> { Name = PipelineName, TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<(bool Done, JsonElement? Server)>
            {
                Name = PipelineName,
                MaxRetryAttempts = Math.Max(0, options.WaitAttempts - 1),
                Delay = options.WaitInterval,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && !args.Outcome.Result.Done),
            })
            .Build();
        var result = await pipeline.ExecuteAsync(async token => Check(await api.GetOrMissingAsync(OsServices.Compute, "servers_get", $"servers/{serverId}", token), serverId, status), cancellationToken);
        return result.Done
            ? result.Server
            : throw new ProviderException(
                $"Server {serverId} did not become {status ?? "deleted"} within {options.WaitAttempts} checks {options.WaitInterval.TotalSeconds:0.#} s apart; check it with 'openstack server show {serverId}', then retry.");
    }

    private static (bool Done, JsonElement? Server) Check(JsonElement? answer, string serverId, string? status)
    {
        if (answer is not { } body)
        {
            return status is null ? (true, null) : throw new ProviderException($"Server {serverId} disappeared while starting; remove the host and create it again.");
        }

        var server = body.GetProperty("server");
        var current = server.GetProperty("status").GetString();
        if (current == status || (status is null && current == "DELETED"))
        {
            return (true, server.Clone());
        }

        return current == "ERROR" && status is not null
            ? throw new ProviderException($"Server {serverId} went to ERROR: {Fault(server)}. Try another --{OpenStackFlags.Flavor} or availability of the cloud, then create the host again.")
            : (false, server.Clone());
    }

    /// <summary>Nova's fault of a server in ERROR: its message (and code).</summary>
    public static string Fault(JsonElement server) =>
        server.TryGetProperty("fault", out var fault) && fault.ValueKind == JsonValueKind.Object
            ? $"{fault.GetProperty("message").GetString()} (code {(fault.TryGetProperty("code", out var code) ? code.ToString() : "?")})"
            : "Nova gave no fault";
}
