namespace HostPool.Providers.Provisioning;

/// <summary>POSIX shell quoting: any string becomes one word that the shell does not expand.</summary>
internal static class ShellQuote
{
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));
}
