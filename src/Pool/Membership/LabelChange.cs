namespace HostPool.Pool.Membership;

/// <summary>
/// Pool label edits as `pool label` takes them: <c>KEY=VALUE</c> sets, <c>KEY-</c> removes.
/// </summary>
public static class LabelChange
{
    /// <exception cref="UsageException">An edit is neither KEY=VALUE nor KEY-.</exception>
    public static IReadOnlyDictionary<string, string> Apply(IReadOnlyDictionary<string, string> labels, IEnumerable<string> edits)
    {
        var result = new SortedDictionary<string, string>(labels.ToDictionary(), StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            var equals = edit.IndexOf('=');
            if (equals > 0)
            {
                result[edit[..equals]] = edit[(equals + 1)..];
            }
            else if (edit.Length > 1 && edit.EndsWith('-') && equals < 0)
            {
                result.Remove(edit[..^1]);
            }
            else
            {
                throw new UsageException($"'{edit}' is not a label edit: write KEY=VALUE to set a label or KEY- to remove it.");
            }
        }

        return result;
    }
}
