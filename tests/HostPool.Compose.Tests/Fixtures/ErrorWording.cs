namespace HostPool.Compose.Tests.Fixtures;

/// <summary>
/// The wording differences INDEX.md allows between compose-go's errors and hostpool's: hostpool writes correct
/// articles ("an integer" where compose-go writes "a integer"). Everything else must match as written.
/// </summary>
internal static class ErrorWording
{
    public static string Normalise(string message) => message.Replace(" a integer", " an integer", StringComparison.Ordinal);
}
