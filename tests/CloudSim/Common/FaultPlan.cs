namespace HostPool.CloudSim.Common;

/// <summary>
/// The faults a simulator injects, set per run with <c>POST /_sim/faults</c> (JSON, camelCase). Rates are
/// probabilities from 0 to 1 drawn from a random generator seeded with <see cref="Seed"/>, so a run repeats.
/// </summary>
public sealed record FaultPlan
{
    public int Seed { get; init; }

    /// <summary>Share of calls answered with the provider's throttling error (EC2: RequestLimitExceeded, 503).</summary>
    public double ThrottleRate { get; init; }

    /// <summary>Share of calls answered with a server error (EC2: InternalError, 500).</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Share of calls delayed by <see cref="DelayMs"/> before they are answered.</summary>
    public double DelayRate { get; init; }

    public int DelayMs { get; init; }

    /// <summary>How many machine-creating calls in a row fail for lack of capacity before one succeeds.</summary>
    public int CapacityErrors { get; init; }

    /// <summary>Calls that fail on purpose: the nth call of an action (1-based) gets the given error.</summary>
    public IReadOnlyList<ScriptedFault> FailAt { get; init; } = [];

    /// <summary>Actions never throttled, failed or delayed (e.g. the ones a test uses to look).</summary>
    public IReadOnlyList<string> Exempt { get; init; } = [];

    public static FaultPlan None { get; } = new();
}
