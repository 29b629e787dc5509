namespace HostPool.Pool.Scheduling;

/// <summary>
/// Considers every host of the group on every call (no sampling): the lowest score wins, or a seeded
/// uniform draw among the feasible ones for the random strategy. Used for few replicas and for random.
/// </summary>
internal sealed class ScanLeaf(int[] hosts, TierRanking ranking) : ILeafSelector
{
    public int Select() => ranking.IsRandom ? Draw() : Best();

    public void Placed(int host)
    {
    }

    private int Best()
    {
        var best = -1;
        var bestScore = double.MaxValue;
        foreach (var host in hosts)
        {
            if (!ranking.Feasible(host))
            {
                continue;
            }

            var score = ranking.Score(host);
            if (score < bestScore)
            {
                bestScore = score;
                best = host;
            }
        }

        return best;
    }

    private int Draw()
    {
        var chosen = -1;
        var seen = 0;
        foreach (var host in hosts)
        {
            if (ranking.Feasible(host) && ranking.Random.Next(++seen) == 0)
            {
                chosen = host;
            }
        }

        return chosen;
    }
}
