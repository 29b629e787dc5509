namespace HostPool.Providers.Hosts;

/// <summary>Forwards a host's steps to the caller and remembers the current one, so a failure can name it.</summary>
internal sealed class StepTracker(string host, IProgress<HostProgress> sink) : IProgress<string>
{
    public string Current { get; private set; } = "starting";

    public void Report(string value)
    {
        Current = value;
        sink.Report(new HostProgress(host, value));
    }
}
