using System.Text.RegularExpressions;
using Amazon.EC2.Model;

namespace HostPool.Providers.Ec2;

/// <summary>
/// The image to launch: the one given, or the newest Ubuntu 24.04 LTS image published by Canonical for the
/// instance type's architecture; and the SSH user such an image expects.
/// </summary>
internal static partial class Ec2Images
{
    public const string CanonicalOwner = "099720109477";

    public static async Task<Image> ResolveAsync(Ec2Calls calls, Ec2Options options, CancellationToken cancellationToken)
    {
        if (options.Ami is { } ami)
        {
            var given = await calls.RunAsync("DescribeImages", (c, t) => c.DescribeImagesAsync(new DescribeImagesRequest { ImageIds = [ami] }, t), cancellationToken);
            return given.Images?.FirstOrDefault()
                ?? throw new UsageException($"The image {ami} does not exist in {options.Connection.Region}. Give another --{Ec2Flags.Ami}, or leave it out to use the current Ubuntu LTS.");
        }

        var architecture = Architecture(options.InstanceType);
        var found = await calls.RunAsync("DescribeImages", (c, t) => c.DescribeImagesAsync(UbuntuLts(architecture), t), cancellationToken);
        return found.Images?.OrderByDescending(i => i.CreationDate, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new UsageException(
                $"No Ubuntu 24.04 LTS image for {architecture} from Canonical was found in {options.Connection.Region}. Give an image with --{Ec2Flags.Ami}.");
    }

    public static DescribeImagesRequest UbuntuLts(string architecture) => new()
    {
        Owners = [CanonicalOwner],
        Filters =
        [
            new Filter("name", [$"ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-{(architecture == "arm64" ? "arm64" : "amd64")}-server-*"]),
            new Filter("state", ["available"]),
            new Filter("architecture", [architecture]),
        ],
    };

    /// <summary>Graviton types (a "g" after the generation: t4g, m7g, c7gn) run arm64 images; the rest x86_64.</summary>
    public static string Architecture(string instanceType) => GravitonFamily().IsMatch(instanceType) ? "arm64" : "x86_64";

    /// <summary>The login an image's cloud-init creates, known from the image's name.</summary>
    public static string SshUser(Image image)
    {
        var name = (image.Name ?? "").ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("ubuntu", StringComparison.Ordinal) => "ubuntu",
            _ when name.Contains("debian", StringComparison.Ordinal) => "admin",
            _ when name.Contains("amzn", StringComparison.Ordinal) || name.Contains("al2023", StringComparison.Ordinal) => "ec2-user",
            _ when name.Contains("centos", StringComparison.Ordinal) => "centos",
            _ when name.Contains("fedora", StringComparison.Ordinal) => "fedora",
            _ => "ubuntu",
        };
    }

    [GeneratedRegex("^[a-z]+[0-9]+g[a-z]*\\.")]
    private static partial Regex GravitonFamily();
}
