using static HostPool.CloudSim.Ec2.Ec2Xml;

namespace HostPool.CloudSim.Ec2;

/// <summary>DescribeImages over the simulator's catalogue, by id, owner (id or alias) and filters.</summary>
internal sealed class ImageActions(Ec2Cloud cloud)
{
    public IReadOnlyDictionary<string, Ec2Action> Actions => new Dictionary<string, Ec2Action>(StringComparer.Ordinal)
    {
        ["DescribeImages"] = Describe,
    };

    private object?[] Describe(Ec2Query query)
    {
        var ids = query.List("ImageId");
        foreach (var id in ids.Where(id => cloud.Images.All(i => i.Id != id)))
        {
            throw new Ec2Exception("InvalidAMIID.NotFound", $"The image id '[{id}]' does not exist");
        }

        var owners = query.List("Owner");
        var selected = Ec2Filters.Apply(
            cloud.Images.Where(i => (ids.Count == 0 || ids.Contains(i.Id)) && (owners.Count == 0 || owners.Contains(i.OwnerId) || owners.Contains(i.OwnerAlias))),
            query.Filters()).ToList();
        var (page, next) = Ec2Page.Cut(selected, query);
        return
        [
            Items("imagesSet", page.Select(image => new[]
            {
                E("imageId", image.Id),
                E("imageLocation", $"{image.OwnerId}/{image.Name}"),
                E("imageState", "available"),
                E("imageOwnerId", image.OwnerId),
                E("creationDate", image.Created),
                E("isPublic", true),
                E("architecture", image.Architecture),
                E("imageType", "machine"),
                E("imageOwnerAlias", image.OwnerAlias),
                E("name", image.Name),
                E("description", image.Description),
                E("rootDeviceType", "ebs"),
                E("rootDeviceName", "/dev/sda1"),
                Items("blockDeviceMapping", [[E("deviceName", "/dev/sda1"), E("ebs", E("volumeSize", 8), E("deleteOnTermination", true), E("volumeType", "gp3"))]]),
                E("virtualizationType", "hvm"),
                E("hypervisor", "xen"),
                TagSet(image.Tags),
            })),
            Opt("nextToken", next),
        ];
    }
}
