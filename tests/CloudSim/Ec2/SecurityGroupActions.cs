using System.Xml.Linq;
using static HostPool.CloudSim.Ec2.Ec2Xml;

namespace HostPool.CloudSim.Ec2;

/// <summary>Create/Describe/DeleteSecurityGroup(s) and Authorize/RevokeSecurityGroupIngress.</summary>
internal sealed class SecurityGroupActions(Ec2Cloud cloud)
{
    public IReadOnlyDictionary<string, Ec2Action> Actions => new Dictionary<string, Ec2Action>(StringComparer.Ordinal)
    {
        ["CreateSecurityGroup"] = Create,
        ["DescribeSecurityGroups"] = Describe,
        ["DeleteSecurityGroup"] = Delete,
        ["AuthorizeSecurityGroupIngress"] = Authorize,
        ["RevokeSecurityGroupIngress"] = Revoke,
    };

    private object?[] Create(Ec2Query query)
    {
        var name = query.Required("GroupName");
        var description = query.Required("GroupDescription");
        var vpcId = query.Get("VpcId") ?? Ec2Catalog.DefaultVpc.Id;
        if (cloud.Vpcs.All(v => v.Id != vpcId))
        {
            throw Ec2Errors.NotFound("InvalidVpcID.NotFound", "vpc ID", vpcId);
        }

        if (cloud.SecurityGroups.Any(g => g.Name == name && g.VpcId == vpcId))
        {
            throw new Ec2Exception("InvalidGroup.Duplicate", $"The security group '{name}' already exists for VPC '{vpcId}'");
        }

        var group = new SimSecurityGroup(cloud.NewId("sg"), name, description, vpcId, isDefault: false);
        foreach (var tag in query.TagsFor("security-group"))
        {
            group.TagValues[tag.Key] = tag.Value;
        }

        cloud.SecurityGroups.Add(group);
        return [E("return", true), E("groupId", group.Id), E("securityGroupArn", Arn(group)), TagSet(group.Tags)];
    }

    private object?[] Describe(Ec2Query query)
    {
        var ids = query.List("GroupId");
        var names = query.List("GroupName");
        foreach (var id in ids)
        {
            cloud.Group(id);
        }

        foreach (var name in names.Where(n => cloud.SecurityGroups.All(g => g.Name != n)))
        {
            throw Ec2Errors.NotFound("InvalidGroup.NotFound", "security group", name);
        }

        var selected = Ec2Filters.Apply(
            cloud.SecurityGroups.Where(g => (ids.Count == 0 || ids.Contains(g.Id)) && (names.Count == 0 || names.Contains(g.Name))),
            query.Filters()).ToList();
        var (page, next) = Ec2Page.Cut(selected, query);
        return [Items("securityGroupInfo", page.Select(Group)), Opt("nextToken", next)];
    }

    private object?[] Delete(Ec2Query query)
    {
        var group = Find(query);
        if (group.IsDefault)
        {
            throw new Ec2Exception("CannotDelete", $"the specified group: \"{group.Id}\" name: \"default\" cannot be deleted by a user");
        }

        if (cloud.Instances.Any(i => i.IsLive && i.Launch.GroupIds.Contains(group.Id))
            || cloud.SecurityGroups.Any(g => g != group && g.Ingress.Any(r => r.SourceGroupId == group.Id)))
        {
            throw Ec2Errors.DependencyViolation(group.Id);
        }

        cloud.SecurityGroups.Remove(group);
        return [E("return", true), E("groupId", group.Id)];
    }

    private object?[] Authorize(Ec2Query query)
    {
        var group = Find(query);
        var rules = Rules(query, group);
        var duplicate = rules.FirstOrDefault(group.Ingress.Contains);
        if (duplicate is not null)
        {
            throw new Ec2Exception(
                "InvalidPermission.Duplicate",
                $"the specified rule \"peer: {duplicate.Cidr ?? duplicate.SourceGroupId}, {duplicate.Protocol.ToUpperInvariant()}, from port: {duplicate.FromPort}, to port: {duplicate.ToPort}, ALLOW\" already exists");
        }

        group.Ingress.AddRange(rules);
        return
        [
            E("return", true),
            Items("securityGroupRuleSet", rules.Select(rule => new[]
            {
                E("securityGroupRuleId", cloud.NewId("sgr")),
                E("groupId", group.Id),
                E("groupOwnerId", Ec2Catalog.AccountId),
                E("isEgress", false),
                E("ipProtocol", rule.Protocol),
                Opt("fromPort", rule.FromPort),
                Opt("toPort", rule.ToPort),
                Opt("cidrIpv4", rule.Cidr),
                rule.SourceGroupId is null ? null : E("referencedGroupInfo", E("groupId", rule.SourceGroupId), E("userId", Ec2Catalog.AccountId)),
            })),
        ];
    }

    private object?[] Revoke(Ec2Query query)
    {
        var group = Find(query);
        var rules = Rules(query, group);
        if (!rules.All(group.Ingress.Contains))
        {
            throw new Ec2Exception("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
        }

        group.Ingress.RemoveAll(rules.Contains);
        return [E("return", true)];
    }

    private SimSecurityGroup Find(Ec2Query query)
    {
        if (query.Get("GroupId") is { } id)
        {
            return cloud.Group(id);
        }

        var name = query.Get("GroupName") ?? throw Ec2Errors.MissingParameter("GroupId");
        return cloud.SecurityGroups.FirstOrDefault(g => g.Name == name) ?? throw Ec2Errors.NotFound("InvalidGroup.NotFound", "security group", name);
    }

    private List<SimRule> Rules(Ec2Query query, SimSecurityGroup group)
    {
        var rules = new List<SimRule>();
        foreach (var permission in query.Items("IpPermissions"))
        {
            var protocol = query.Get(permission + ".IpProtocol") ?? throw Ec2Errors.MissingParameter(permission + ".IpProtocol");
            var from = query.Int(permission + ".FromPort");
            var to = query.Int(permission + ".ToPort");
            rules.AddRange(query.Items(permission + ".IpRanges").Select(range =>
                new SimRule(protocol, from, to, query.Get(range + ".CidrIp") ?? throw Ec2Errors.MissingParameter(range + ".CidrIp"), null)));
            foreach (var pair in query.Items(permission + ".Groups"))
            {
                var source = query.Get(pair + ".GroupId") ?? throw Ec2Errors.MissingParameter(pair + ".GroupId");
                if (source != group.Id)
                {
                    cloud.Group(source);
                }

                rules.Add(new SimRule(protocol, from, to, null, source));
            }
        }

        return rules.Count > 0 ? rules : throw Ec2Errors.MissingParameter("IpPermissions");
    }

    private static XElement?[] Group(SimSecurityGroup group) =>
    [
        E("ownerId", Ec2Catalog.AccountId),
        E("groupId", group.Id),
        E("groupName", group.Name),
        E("groupDescription", group.Description),
        E("securityGroupArn", Arn(group)),
        E("vpcId", group.VpcId),
        Items("ipPermissions", group.Ingress.GroupBy(r => (r.Protocol, r.FromPort, r.ToPort)).Select(permission => new[]
        {
            E("ipProtocol", permission.Key.Protocol),
            Opt("fromPort", permission.Key.FromPort),
            Opt("toPort", permission.Key.ToPort),
            Items("groups", permission.Where(r => r.SourceGroupId is not null).Select(r => new[] { E("userId", Ec2Catalog.AccountId), E("groupId", r.SourceGroupId) })),
            Items("ipRanges", permission.Where(r => r.Cidr is not null).Select(r => new[] { E("cidrIp", r.Cidr) })),
            E("ipv6Ranges"),
            E("prefixListIds"),
        })),
        Items("ipPermissionsEgress", [[E("ipProtocol", "-1"), E("groups"), Items("ipRanges", [[E("cidrIp", "0.0.0.0/0")]]), E("ipv6Ranges"), E("prefixListIds")]]),
        TagSet(group.Tags),
    ];

    private static string Arn(SimSecurityGroup group) => $"arn:aws:ec2:us-east-1:{Ec2Catalog.AccountId}:security-group/{group.Id}";
}
