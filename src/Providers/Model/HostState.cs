namespace HostPool.Providers.Model;

/// <summary>The lifecycle state hostpool keeps for a host in its store.</summary>
public enum HostState
{
    /// <summary>Saved before any resource exists; its journal lists what create has made so far.</summary>
    Creating,
    Running,
    Stopped,
    /// <summary>Create or provisioning failed and rollback could not remove everything; see the record's error.</summary>
    Error,
    Removing,
}
