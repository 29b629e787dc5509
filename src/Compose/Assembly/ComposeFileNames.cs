namespace HostPool.Compose.Assembly;

/// <summary>The file names docker compose looks for when no file is given, in order, and their override files.</summary>
internal static class ComposeFileNames
{
    public static readonly string[] Defaults = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];

    public static readonly string[] Overrides = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yml", "docker-compose.override.yaml"];
}
