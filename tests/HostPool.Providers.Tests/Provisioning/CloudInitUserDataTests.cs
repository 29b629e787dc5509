using HostPool.Providers.Provisioning;

namespace HostPool.Providers.Tests.Provisioning;

public sealed class CloudInitUserDataTests
{
    [Fact]
    public void Render_UserAndKey_GivesCloudConfigWithQuotedValues()
    {
        var userData = CloudInitUserData.Render("hostpool", "ssh-ed25519 AAAAC3Nza key@pool");

        Assert.StartsWith("#cloud-config\n", userData);
        Assert.Contains("- name: \"hostpool\"", userData);
        Assert.Contains("- \"ssh-ed25519 AAAAC3Nza key@pool\"", userData);
    }

    [Fact]
    public void Render_KeySpanningLines_IsRefused()
    {
        Assert.Throws<InvalidInputException>(() => CloudInitUserData.Render("hostpool", "ssh-ed25519 AAAA\nruncmd: [reboot]"));
    }
}
