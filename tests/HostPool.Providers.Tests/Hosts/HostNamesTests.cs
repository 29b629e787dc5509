using HostPool.Providers.Hosts;

namespace HostPool.Providers.Tests.Hosts;

public sealed class HostNamesTests
{
    [Theory]
    [InlineData("web-1")]
    [InlineData("a")]
    [InlineData("DB2")]
    public void Validate_GoodName_Accepted(string name) => HostNames.Validate(name);

    [Theory]
    [InlineData("-web")]
    [InlineData("web-")]
    [InlineData("web_1")]
    [InlineData("web.1")]
    [InlineData("")]
    public void Validate_BadName_UsageErrorWithExample(string name)
    {
        var error = Assert.Throws<UsageException>(() => HostNames.Validate(name));
        Assert.Contains("for example web-1", error.Message);
    }

    [Fact]
    public void Validate_64Characters_Rejected() =>
        Assert.Throws<UsageException>(() => HostNames.Validate(new string('a', 64)));

    [Fact]
    public void Expand_CountThree_NumberedNames() =>
        Assert.Equal(["web-1", "web-2", "web-3"], HostNames.Expand("web", 3));

    [Fact]
    public void Expand_CountOne_NameUnchanged() =>
        Assert.Equal(["web"], HostNames.Expand("web", 1));

    [Fact]
    public void Expand_CountZero_UsageError() =>
        Assert.Throws<UsageException>(() => HostNames.Expand("web", 0));
}
