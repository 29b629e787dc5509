namespace HostPool.Compose.Yaml;

/// <summary>The tags compose gives meaning to.</summary>
internal static class YTags
{
    public const string Reset = "!reset";
    public const string Override = "!override";
    public const string String = "tag:yaml.org,2002:str";
}
