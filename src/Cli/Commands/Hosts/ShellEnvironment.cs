namespace HostPool.Cli.Commands.Hosts;

/// <summary>Writes variable assignments in the syntax of one shell, for `hostpool env`.</summary>
internal static class ShellEnvironment
{
    public static readonly string[] Shells = ["bash", "fish", "powershell"];

    public static string Set(string shell, string name, string value) => shell switch
    {
        "fish" => $"set -gx {name} \"{Escape(value)}\";",
        "powershell" => $"$Env:{name} = \"{value.Replace("`", "``").Replace("\"", "`\"").Replace("$", "`$")}\"",
        _ => $"export {name}=\"{Escape(value)}\"",
    };

    public static string Unset(string shell, string name) => shell switch
    {
        "fish" => $"set -e {name};",
        "powershell" => $"Remove-Item Env:\\{name} -ErrorAction SilentlyContinue",
        _ => $"unset {name}",
    };

    public static string Comment(string shell, string text) => $"# {text}";

    public static string EvalHint(string shell, string arguments) => shell switch
    {
        "fish" => $"eval (hostpool env {arguments})",
        "powershell" => $"& hostpool env {arguments} | Invoke-Expression",
        _ => $"eval \"$(hostpool env {arguments})\"",
    };

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("$", "\\$").Replace("`", "\\`");
}
