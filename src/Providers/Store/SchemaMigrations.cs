namespace HostPool.Providers.Store;

/// <summary>
/// The store's schema, one step per version: step N turns a version N-1 database into version N.
/// A new table or column is a new step at the end; a step never changes once released.
/// </summary>
internal static class SchemaMigrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        // 1: hosts.
        """
        CREATE TABLE IF NOT EXISTS hosts (
            name TEXT PRIMARY KEY,
            pool TEXT NOT NULL,
            record TEXT NOT NULL
        );
        """,

        // 2: the per-pool deploy lock and the append-only audit log.
        """
        CREATE TABLE IF NOT EXISTS pool_locks (
            pool TEXT PRIMARY KEY,
            lease TEXT NOT NULL,
            holder_user TEXT NOT NULL,
            holder_host TEXT NOT NULL,
            holder_pid INTEGER NOT NULL,
            acquired_at INTEGER NOT NULL,
            message TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            command TEXT NOT NULL,
            target TEXT NOT NULL,
            action TEXT NOT NULL,
            result TEXT NOT NULL,
            error TEXT
        );
        CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
        CREATE INDEX IF NOT EXISTS audit_log_target ON audit_log (target, at);
        """,
    ];

    public static int Latest => Steps.Count;
}
