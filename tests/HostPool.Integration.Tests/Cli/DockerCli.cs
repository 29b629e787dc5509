using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HostPool.Integration.Tests.Cli;

/// <summary>The real docker CLI, with the environment `hostpool env` printed.</summary>
internal static partial class DockerCli
{
    public static IReadOnlyDictionary<string, string> ParseEnv(string envOutput) =>
        ExportLine().Matches(envOutput).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    public static async Task<(int Code, string Out, string Error)> RunAsync(
        IReadOnlyDictionary<string, string> environment, string arguments, Stream? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("docker", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
        {
            await input.CopyToAsync(process.StandardInput.BaseStream, cancellationToken);
            process.StandardInput.Close();
        }

        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>A tar stream of a busybox root folder made by scripts/make-busybox-rootfs.sh (no registry needed).</summary>
    public static Task<MemoryStream> BusyboxImageTarAsync(CancellationToken cancellationToken) => ImageTarAsync("make-busybox-rootfs.sh", cancellationToken);

    /// <summary>The examples/shop image: busybox plus redis from Debian's packages.</summary>
    public static Task<MemoryStream> ShopImageTarAsync(CancellationToken cancellationToken) => ImageTarAsync("make-shop-rootfs.sh", cancellationToken);

    private static async Task<MemoryStream> ImageTarAsync(string script, CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("hostpool-image-").FullName;
        try
        {
            await RunScriptAsync(Path.Combine(RepositoryRoot(), "scripts", script), root, cancellationToken);
            var tar = new MemoryStream();
            await System.Formats.Tar.TarFile.CreateFromDirectoryAsync(root, tar, includeBaseDirectory: false, cancellationToken);
            tar.Position = 0;
            return tar;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HostPool.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("HostPool.sln not found above the test binaries.");
    }

    private static async Task RunScriptAsync(string script, string argument, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [script, argument]) { RedirectStandardError = true })!;
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(cancellationToken));
    }

    [GeneratedRegex("^export ([A-Z_]+)=\"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex ExportLine();
}
