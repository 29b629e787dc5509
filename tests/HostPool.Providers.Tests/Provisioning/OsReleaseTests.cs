using HostPool.Providers.Provisioning;
using HostPool.Providers.Tests.TestKit;

namespace HostPool.Providers.Tests.Provisioning;

public sealed class OsReleaseTests
{
    [Theory]
    [InlineData(OsReleaseSamples.Debian12, "debian 12", OsFamily.Debian)]
    [InlineData(OsReleaseSamples.Ubuntu2204, "ubuntu 22.04", OsFamily.Debian)]
    [InlineData(OsReleaseSamples.Rocky9, "rocky 9.3", OsFamily.Rhel)]
    [InlineData(OsReleaseSamples.Fedora40, "fedora 40", OsFamily.Rhel)]
    [InlineData(OsReleaseSamples.Alpine319, "alpine 3.19.1", OsFamily.Alpine)]
    [InlineData(OsReleaseSamples.OracleLinux9, "ol 9.3", OsFamily.Rhel)]
    internal void Detect_KnownDistribution_NamesItAndItsFamily(string osRelease, string display, OsFamily family)
    {
        var os = OsRelease.Detect("web-1", osRelease);

        Assert.Equal(display, os.Display);
        Assert.Equal(family, os.Family);
    }

    [Fact]
    public void Detect_UnknownDistribution_ListsTheSupportedOnes()
    {
        var error = Assert.Throws<ProviderException>(() => OsRelease.Detect("web-1", OsReleaseSamples.Arch));

        Assert.Contains("web-1", error.Message);
        Assert.Contains("ID=arch", error.Message);
        Assert.Contains(OsRelease.Supported, error.Message);
    }

    [Fact]
    public void Detect_EmptyFile_SaysThereIsNoId()
    {
        var error = Assert.Throws<ProviderException>(() => OsRelease.Detect("web-1", ""));

        Assert.Contains("no ID", error.Message);
    }
}
