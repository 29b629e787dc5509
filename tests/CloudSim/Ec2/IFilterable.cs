namespace HostPool.CloudSim.Ec2;

/// <summary>A resource that describe filters can select.</summary>
internal interface IFilterable
{
    IReadOnlyDictionary<string, string> Tags { get; }

    /// <summary>The resource's values for a filter name other than tag:KEY and tag-key; null when the filter does not exist for it.</summary>
    IReadOnlyList<string>? FilterValues(string name);

    /// <summary>Whether filter <paramref name="name"/> (other than tag:KEY, tag-key, tag-value) exists for this kind of resource.</summary>
    static abstract bool KnowsFilter(string name);
}
