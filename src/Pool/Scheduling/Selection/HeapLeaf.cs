namespace HostPool.Pool.Scheduling;

/// <summary>
/// A binary min-heap of the group's hosts by score (ties: lower host index). Placing a replica changes
/// only the chosen host's score, so a placement is one sift-down: O(log n). A host found infeasible at
/// the top is dropped for good, which is sound because every filter only narrows within one service.
/// </summary>
internal sealed class HeapLeaf : ILeafSelector
{
    private readonly int[] heap;
    private readonly double[] scores;
    private readonly TierRanking ranking;
    private int size;

    public HeapLeaf(int[] hosts, TierRanking ranking)
    {
        this.ranking = ranking;
        heap = (int[])hosts.Clone();
        scores = new double[hosts.Length];
        size = hosts.Length;
        for (var i = 0; i < size; i++)
        {
            scores[i] = ranking.Score(heap[i]);
        }

        for (var i = (size / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    public int Select()
    {
        while (size > 0)
        {
            if (ranking.Feasible(heap[0]))
            {
                return heap[0];
            }

            size--;
            heap[0] = heap[size];
            scores[0] = scores[size];
            SiftDown(0);
        }

        return -1;
    }

    public void Placed(int host)
    {
        scores[0] = ranking.Score(heap[0]);
        SiftDown(0);
    }

    private bool Before(int a, int b) => scores[a] < scores[b] || (scores[a] == scores[b] && heap[a] < heap[b]);

    private void SiftDown(int index)
    {
        while (true)
        {
            var left = (2 * index) + 1;
            if (left >= size)
            {
                return;
            }

            var smallest = left + 1 < size && Before(left + 1, left) ? left + 1 : left;
            if (!Before(smallest, index))
            {
                return;
            }

            (heap[index], heap[smallest]) = (heap[smallest], heap[index]);
            (scores[index], scores[smallest]) = (scores[smallest], scores[index]);
            index = smallest;
        }
    }
}
