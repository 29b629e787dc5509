namespace HostPool.Compose;

/// <summary>
/// One problem found in compose input: the file, 1-based line and column (0 when unknown), the attribute path
/// (e.g. <c>services.web.ports.0</c>) and a message that names that path and says what was expected.
/// </summary>
public sealed record ComposeDiagnostic(string File, int Line, int Column, string Path, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return string.IsNullOrEmpty(where) ? Message : where + ": " + Message;
    }
}
