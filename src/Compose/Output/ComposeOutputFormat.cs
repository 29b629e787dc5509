namespace HostPool.Compose.Output;

/// <summary>The formats <c>config</c> can print a project in.</summary>
public enum ComposeOutputFormat
{
    Yaml,
    Json,
}
