namespace HostPool.Providers.Ssh;

/// <summary>POSIX shell quoting: one argument in single quotes, embedded quotes closed and escaped.</summary>
public static class ShellQuote
{
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Each word quoted, joined by spaces.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));
}
