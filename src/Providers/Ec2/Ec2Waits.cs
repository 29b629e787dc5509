using Amazon.EC2.Model;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Ec2;

/// <summary>
/// Waits for an instance state with the semantics of EC2's waiters, polling through the named pipeline
/// "hostpool-ec2-wait" (constant interval, bounded attempts). A failure state ends the wait at once.
/// </summary>
internal sealed class Ec2Waits(Ec2DriverOptions options, TimeProvider time)
{
    public const string PipelineName = "hostpool-ec2-wait";

    public async Task<Instance?> WaitAsync(Ec2Calls calls, string instanceId, Ec2Waiter waiter, CancellationToken cancellationToken)
    {
        var pipeline = new ResiliencePipelineBuilder<Poll> { Name = PipelineName, TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<Poll>
            {
                Name = PipelineName,
                MaxRetryAttempts = Math.Max(0, options.WaitAttempts - 1),
                Delay = options.WaitInterval,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Done: false }),
            })
            .Build();
        var poll = await pipeline.ExecuteAsync(async token => await PollAsync(calls, instanceId, waiter, token), cancellationToken);
        return poll.Done
            ? poll.Instance
            : throw new ProviderException(
                $"Instance {instanceId} did not become {waiter.Success} within {options.WaitAttempts} checks {options.WaitInterval.TotalSeconds:0.#} s apart " +
                $"(it is {poll.Instance?.State?.Name?.Value ?? "not visible yet"}). Check it in the EC2 console, then retry or remove the host.");
    }

    private static async Task<Poll> PollAsync(Ec2Calls calls, string instanceId, Ec2Waiter waiter, CancellationToken cancellationToken)
    {
        var response = await calls.RunOrMissingAsync(
            "DescribeInstances",
            (client, token) => client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [instanceId] }, token),
            cancellationToken);
        var instance = response?.Reservations?.SelectMany(r => r.Instances ?? []).FirstOrDefault(i => i.InstanceId == instanceId);
        if (instance is null)
        {
            return new Poll(waiter.NotFoundIsSuccess, null);
        }

        var state = instance.State?.Name?.Value;
        if (state == waiter.Success)
        {
            return new Poll(true, instance);
        }

        return waiter.Failure.Contains(state)
            ? throw new ProviderException(
                $"Instance {instanceId} went {state} while waiting for {waiter.Success} ({instance.StateReason?.Message ?? instance.StateTransitionReason ?? "no reason given"}). " +
                "Check the instance's console output in EC2; if capacity or quota is the cause, try another --ec2-instance-type or zone.")
            : new Poll(false, instance);
    }

    private sealed record Poll(bool Done, Instance? Instance);
}
