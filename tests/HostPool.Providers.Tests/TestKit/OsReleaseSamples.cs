namespace HostPool.Providers.Tests.TestKit;

/// <summary>/etc/os-release as the distributions ship it.</summary>
public static class OsReleaseSamples
{
    public const string Debian12 = """
        PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
        NAME="Debian GNU/Linux"
        VERSION_ID="12"
        VERSION="12 (bookworm)"
        VERSION_CODENAME=bookworm
        ID=debian
        HOME_URL="https://www.debian.org/"
        """;

    public const string Ubuntu2204 = """
        PRETTY_NAME="Ubuntu 22.04.4 LTS"
        NAME="Ubuntu"
        VERSION_ID="22.04"
        VERSION="22.04.4 LTS (Jammy Jellyfish)"
        ID=ubuntu
        ID_LIKE=debian
        UBUNTU_CODENAME=jammy
        """;

    public const string Rocky9 = """
        NAME="Rocky Linux"
        VERSION="9.3 (Blue Onyx)"
        ID="rocky"
        ID_LIKE="rhel centos fedora"
        VERSION_ID="9.3"
        PLATFORM_ID="platform:el9"
        """;

    public const string Fedora40 = """
        NAME="Fedora Linux"
        VERSION="40 (Cloud Edition)"
        ID=fedora
        VERSION_ID=40
        VARIANT_ID=cloud
        """;

    public const string Alpine319 = """
        NAME="Alpine Linux"
        ID=alpine
        VERSION_ID=3.19.1
        PRETTY_NAME="Alpine Linux v3.19"
        """;

    public const string OracleLinux9 = """
        NAME="Oracle Linux Server"
        VERSION="9.3"
        ID="ol"
        ID_LIKE="fedora"
        VERSION_ID="9.3"
        """;

    public const string Arch = """
        NAME="Arch Linux"
        ID=arch
        BUILD_ID=rolling
        """;
}
