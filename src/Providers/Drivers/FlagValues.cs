namespace HostPool.Providers.Drivers;

/// <summary>Parsing of driver flag values shared by the drivers' option readers.</summary>
internal static class FlagValues
{
    /// <summary>A boolean flag: absent is false, given without a value or "true" is true, "false" is false; anything else is a problem.</summary>
    public static bool ParseBool(Func<string, string?> option, string flag, List<string> problems)
    {
        var text = option(flag);
        if (text is null or "" or "true")
        {
            return text is not null;
        }

        if (text == "false")
        {
            return false;
        }

        problems.Add($"--{flag} is true or false (got '{text}')");
        return false;
    }
}
