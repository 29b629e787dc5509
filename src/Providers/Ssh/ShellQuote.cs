namespace HostPool.Providers.Ssh;

/// <summary>POSIX shell quoting: one argument in single quotes, embedded quotes closed and escaped.</summary>
public static class ShellQuote
{
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
