namespace HostPool;

/// <summary>
/// The one exception base of hostpool. Its message says what went wrong and what to do next;
/// the CLI's single exception boundary turns it into that message and <see cref="ExitCode"/>.
/// </summary>
public class HostPoolException : Exception
{
    public HostPoolException(string message, ExitCode exitCode = ExitCode.Failure, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public ExitCode ExitCode { get; }
}
