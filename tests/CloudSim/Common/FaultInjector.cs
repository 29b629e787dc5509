namespace HostPool.CloudSim.Common;

/// <summary>
/// Decides, call by call, which fault of the current <see cref="FaultPlan"/> to inject. Deterministic for a seed and
/// a sequence of calls; thread-safe. Every decision and every call is counted for the run's report.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private FaultPlan _plan = FaultPlan.None;
    private Random _random = new(0);
    private int _capacityLeft;
    private int _injected;

    public FaultPlan Plan
    {
        get
        {
            lock (_gate)
            {
                return _plan;
            }
        }
    }

    /// <summary>Faults injected since the plan was set.</summary>
    public int Injected
    {
        get
        {
            lock (_gate)
            {
                return _injected;
            }
        }
    }

    /// <summary>Calls per action since the plan was set.</summary>
    public IReadOnlyDictionary<string, int> Calls
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_calls, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Replaces the plan and starts counting calls afresh.</summary>
    public void Set(FaultPlan plan)
    {
        lock (_gate)
        {
            _plan = plan;
            _random = new Random(plan.Seed);
            _capacityLeft = plan.CapacityErrors;
            _calls.Clear();
            _injected = 0;
        }
    }

    /// <summary>The decision for the next call of <paramref name="action"/>; <paramref name="createsMachine"/> marks calls that can run out of capacity.</summary>
    public FaultDecision Next(string action, bool createsMachine)
    {
        lock (_gate)
        {
            var nth = _calls.GetValueOrDefault(action) + 1;
            _calls[action] = nth;
            if (_plan.Exempt.Contains(action, StringComparer.Ordinal))
            {
                return FaultDecision.None;
            }

            var delay = _plan.DelayMs > 0 && _random.NextDouble() < _plan.DelayRate ? TimeSpan.FromMilliseconds(_plan.DelayMs) : TimeSpan.Zero;
            var fault = Choose(action, nth, createsMachine);
            if (fault is not null)
            {
                _injected++;
            }

            return new FaultDecision(delay, fault);
        }
    }

    private InjectedFault? Choose(string action, int nth, bool createsMachine)
    {
        var scripted = _plan.FailAt.FirstOrDefault(f => string.Equals(f.Action, action, StringComparison.Ordinal) && f.Nth == nth);
        if (scripted is not null)
        {
            return new InjectedFault(FaultKind.Scripted, scripted.Code, scripted.AfterEffect);
        }

        if (createsMachine && _capacityLeft > 0)
        {
            _capacityLeft--;
            return new InjectedFault(FaultKind.Capacity);
        }

        var draw = _random.NextDouble();
        if (draw < _plan.ThrottleRate)
        {
            return new InjectedFault(FaultKind.Throttle);
        }

        return draw < _plan.ThrottleRate + _plan.ServerErrorRate ? new InjectedFault(FaultKind.ServerError) : null;
    }
}
