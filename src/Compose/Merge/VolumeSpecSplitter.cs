namespace HostPool.Compose.Merge;

/// <summary>Splits a short volume spec <c>[SOURCE:]TARGET[:MODE]</c> on colons, keeping Windows drive letters (<c>C:\x</c>) whole.</summary>
internal static class VolumeSpecSplitter
{
    public static IReadOnlyList<string> Split(string spec)
    {
        var parts = new List<string>(3);
        var start = 0;
        for (var i = 0; i < spec.Length; i++)
        {
            if (spec[i] != ':')
            {
                continue;
            }

            var isDrive = i - start == 1 && char.IsAsciiLetter(spec[start]) && i + 1 < spec.Length && spec[i + 1] is '\\' or '/';
            if (isDrive)
            {
                continue;
            }

            parts.Add(spec[start..i]);
            start = i + 1;
        }

        parts.Add(spec[start..]);
        return parts;
    }
}
