namespace HostPool.Pool.Scheduling;

/// <summary>
/// Placement preferences (`spread: node.labels.zone`, nested, and GROUP_BY) as a tree of host groups:
/// each replica descends into the child group holding the fewest replicas of the service (ties: the
/// first by value; hosts without the label form one group of their own), and a leaf picks the host.
/// A group whose hosts can take nothing more is skipped from then on.
/// </summary>
internal sealed class PreferenceTree
{
    private readonly GroupNode root;
    private readonly List<GroupNode> path = [];
    private GroupNode? chosenLeaf;

    public PreferenceTree(int[] hosts, IReadOnlyList<AttributeColumn> levels, ServiceCounts counts, Func<int[], ILeafSelector> leaf)
    {
        root = Build(hosts, levels, 0, counts, leaf, null);
    }

    public string? GroupOfLastChoice => chosenLeaf?.Label;

    public int Select()
    {
        while (!root.Exhausted)
        {
            path.Clear();
            var node = root;
            while (node.Leaf is null)
            {
                node = MinChild(node);
                path.Add(node);
            }

            var host = node.Leaf.Select();
            if (host >= 0)
            {
                chosenLeaf = node;
                return host;
            }

            node.Exhausted = true;
            for (var i = path.Count - 2; i >= 0; i--)
            {
                path[i].Exhausted = path[i].Children.All(child => child.Exhausted);
            }

            root.Exhausted = root.Leaf is not null || root.Children.All(child => child.Exhausted);
        }

        return -1;
    }

    public void Placed(int host)
    {
        root.Count++;
        foreach (var node in path)
        {
            node.Count++;
        }

        chosenLeaf!.Leaf!.Placed(host);
    }

    private static GroupNode MinChild(GroupNode node)
    {
        GroupNode? best = null;
        foreach (var child in node.Children)
        {
            if (!child.Exhausted && (best is null || child.Count < best.Count))
            {
                best = child;
            }
        }

        return best!;
    }

    private static GroupNode Build(int[] hosts, IReadOnlyList<AttributeColumn> levels, int level, ServiceCounts counts, Func<int[], ILeafSelector> leaf, string? label)
    {
        var node = new GroupNode { Label = label, Count = label is null || counts.Total == 0 ? 0 : Sum(hosts, counts) };
        if (level == levels.Count)
        {
            node.Leaf = leaf(hosts);
            node.Exhausted = hosts.Length == 0;
            return node;
        }

        var column = levels[level];
        var groups = hosts
            .GroupBy(host => column.ValueOf(host))
            .OrderBy(group => group.Key is null ? 1 : 0)
            .ThenBy(group => group.Key, StringComparer.Ordinal);
        var children = new List<GroupNode>();
        foreach (var group in groups)
        {
            var part = $"{column.Attribute.Name}={group.Key ?? "(unset)"}";
            children.Add(Build(group.ToArray(), levels, level + 1, counts, leaf, label is null ? part : label + "/" + part));
        }

        node.Children = children;
        node.Exhausted = children.Count == 0;
        return node;
    }

    private static int Sum(int[] hosts, ServiceCounts counts)
    {
        var sum = 0;
        foreach (var host in hosts)
        {
            sum += counts[host];
        }

        return sum;
    }

    private sealed class GroupNode
    {
        public string? Label { get; init; }

        public int Count { get; set; }

        public bool Exhausted { get; set; }

        public ILeafSelector? Leaf { get; set; }

        public List<GroupNode> Children { get; set; } = [];
    }
}
