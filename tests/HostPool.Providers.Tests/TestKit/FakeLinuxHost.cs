using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.Tests.TestKit;

/// <summary>
/// Scripts a session as a Linux host: answers OS and init detection, dockerd lookup and version, sha256sum over
/// the files written so far, install(1) moves of staged uploads, and the engine start commands.
/// </summary>
public static partial class FakeLinuxHost
{
    public const string DockerdVersionOutput = "Docker version 20.10.24+dfsg1, build 5d6db84";

    public static ScriptedSshSession Create(
        string osRelease = OsReleaseSamples.Debian12,
        bool systemd = false,
        bool dockerInstalled = true,
        string user = "root",
        bool privateRunDocker = true)
    {
        var session = new ScriptedSshSession(user);
        var facts = $"{osRelease}\n--- hostpool facts ---\npid1={(systemd ? "systemd" : "other")}\nmounts={(systemd ? "machine" : "own")}\n" +
                    $"run-docker={(privateRunDocker ? "private" : "shared")}\ndocker-socket={(systemd ? "yes" : "no")}\n";
        // Later rules win: file operations come last so that a path naming the supervisor script is still a file operation.
        session
            .On("systemctl", ScriptedSshSession.Ok())
            .On("hostpool-dockerd.sh", ScriptedSshSession.Ok("started\n"))
            .On("cloud-init", ScriptedSshSession.Ok())
            .On("--version", ScriptedSshSession.Ok(DockerdVersionOutput + "\n"))
            .On("command -v dockerd", dockerInstalled ? ScriptedSshSession.Ok("/usr/sbin/dockerd\n") : ScriptedSshSession.Fail(1, ""))
            .On("cat /etc/os-release", ScriptedSshSession.Ok(facts))
            .On("sha256sum", command => ScriptedSshSession.Ok(Sums(session, command)))
            .On("mkdir -p", ScriptedSshSession.Ok())
            .On("install -m", command => Install(session, command))
            .On("chmod", ScriptedSshSession.Ok());
        return session;
    }

    /// <summary>Makes the next `command -v dockerd` answers report dockerd present (after an install).</summary>
    public static void InstallSucceeds(ScriptedSshSession session, string fragment)
    {
        var installed = false;
        session.On(fragment, _ =>
        {
            installed = true;
            return ScriptedSshSession.Ok("installed\n");
        });
        session.On("command -v dockerd", _ => installed ? ScriptedSshSession.Ok("/usr/bin/dockerd\n") : ScriptedSshSession.Fail(1, ""));
    }

    private static string Sums(ScriptedSshSession session, string command)
    {
        var output = new StringBuilder();
        foreach (Match match in QuotedPath().Matches(command))
        {
            if (session.Files.TryGetValue(match.Groups[1].Value, out var file))
            {
                output.Append(Convert.ToHexStringLower(SHA256.HashData(file.Content))).Append("  ").Append(file.Path).Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>`sudo -n sh -c '... install -m MODE "$1" 'DEST' ...' sh "$HOME"/STAGED`: the staged upload moves to DEST.</summary>
    private static SshCommandResult Install(ScriptedSshSession session, string command)
    {
        var destination = InstallTarget().Match(command);
        var staged = command[(command.LastIndexOf('/') + 1)..];
        if (!destination.Success || !session.Files.Remove(staged, out var upload))
        {
            return ScriptedSshSession.Fail(1, $"install: cannot stat '{staged}'");
        }

        var mode = (UnixFileMode)Convert.ToInt32(destination.Groups[1].Value, 8);
        var path = destination.Groups[2].Value;
        session.Files[path] = upload with { Path = path, Mode = mode };
        return ScriptedSshSession.Ok();
    }

    [GeneratedRegex(@"'(/[^']*)'")]
    private static partial Regex QuotedPath();

    [GeneratedRegex(@"install -m (\d+) ""\$1"" '\\''(/[^']*)'\\''")]
    private static partial Regex InstallTarget();
}
