namespace HostPool.Compose;

/// <summary>Loads compose files into a validated, normalised <see cref="Model.ComposeProject"/>; invalid input throws <see cref="ComposeValidationException"/>.</summary>
public interface IComposeLoader
{
    Task<ComposeLoadResult> LoadAsync(ComposeLoadRequest request, CancellationToken cancellationToken);
}
