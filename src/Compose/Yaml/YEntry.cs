namespace HostPool.Compose.Yaml;

/// <summary>One key and value of a mapping.</summary>
internal sealed record YEntry(YScalar Key, YNode Value)
{
    public string Name => Key.Value;
}
