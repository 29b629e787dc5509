namespace HostPool.Providers.Provisioning;

/// <summary>The steps provisioning reports, in order.</summary>
internal static class ProgressSteps
{
    public const string WaitingForSsh = "waiting for SSH";
    public const string DetectingOs = "detecting OS";
    public const string InstallingDocker = "installing Docker";
    public const string SettingHostname = "setting hostname";
    public const string WritingCertificates = "writing certificates";
    public const string ConfiguringEngine = "configuring engine";
    public const string StartingEngine = "starting engine";
    public const string CheckingEngine = "checking engine over TLS";
}
