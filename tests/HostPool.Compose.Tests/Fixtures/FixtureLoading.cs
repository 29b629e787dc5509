using HostPool.Compose.Model;

namespace HostPool.Compose.Tests.Fixtures;

/// <summary>Loads a fixture run through the public loader, with the loader settings the fixture's origin used.</summary>
internal static class FixtureLoading
{
    public static Task<ComposeLoadResult> LoadAsync(Fixture fixture, FixtureRun run, CancellationToken cancellationToken)
    {
        var directory = run.WorkDir is null ? fixture.Directory : Path.GetFullPath(Path.Combine(fixture.Directory, run.WorkDir));
        var request = new ComposeLoadRequest(
            run.ComposeFiles.Select(f => Path.Combine(fixture.Directory, f)).ToList(),
            WorkingDirectory: directory,
            EnvFiles: run.EnvFiles,
            Profiles: run.Profiles,
            Environment: run.Environment)
        {
            ConsistencyChecks = !SkipsConsistency(fixture),
            ProjectNameFromDirectory = !fixture.Options.Contains("not allowed to use the folder name", StringComparison.Ordinal),
        };
        return ComposeLoader.Create().LoadAsync(request, cancellationToken);
    }

    /// <summary>
    /// The consistency check is off when the fixture says so, and for valid fixtures taken from compose-go's
    /// loader/loader_test.go, whose load helper always sets SkipConsistencyCheck (TestFullExample's file refers to
    /// services, volumes and networks it never defines).
    /// </summary>
    private static bool SkipsConsistency(Fixture fixture)
        => fixture.Options.Contains("consistency check skipped", StringComparison.Ordinal)
            || (fixture.Kind == "valid" && fixture.Origin.Contains("loader/loader_test.go", StringComparison.Ordinal));
}
