namespace HostPool.Pool.Scheduling;

/// <summary>
/// Affinity (run only on hosts that run <see cref="Service"/>) or anti-affinity (never on them), from
/// `x-hostpool.affinity` / `x-hostpool.anti_affinity`. <see cref="Service"/> names a service of the
/// same project, or PROJECT/SERVICE for one that already runs. A soft rule is dropped only when nothing fits.
/// </summary>
public sealed record ServiceAffinity(string Service, bool Anti = false, bool Soft = false)
{
    public override string ToString() => (Anti ? "anti-affinity" : "affinity") + (Soft ? "~" : string.Empty) + ":" + Service;
}
