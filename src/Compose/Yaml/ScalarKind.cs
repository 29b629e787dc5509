namespace HostPool.Compose.Yaml;

/// <summary>The type a scalar resolves to.</summary>
internal enum ScalarKind
{
    Null,
    Bool,
    Int,
    Float,
    String,
}
