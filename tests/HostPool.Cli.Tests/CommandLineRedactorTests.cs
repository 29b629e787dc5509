using System.CommandLine;
using HostPool.Cli.Audit;

namespace HostPool.Cli.Tests;

public sealed class CommandLineRedactorTests
{
    private static readonly Command Create = new("create")
    {
        Options =
        {
            new Option<string>("--api-key", "-k"),
            new Option<bool>("--use-token-file"),
            new Option<string>("--name"),
        },
    };

    [Theory]
    [InlineData(new[] { "create", "--api-key", "abc", "--name", "web" }, "hostpool create --api-key *** --name web")]
    [InlineData(new[] { "create", "--api-key=abc" }, "hostpool create --api-key=***")]
    [InlineData(new[] { "create", "-k", "abc" }, "hostpool create -k ***")]
    [InlineData(new[] { "create", "--use-token-file", "web" }, "hostpool create --use-token-file web")]
    [InlineData(new[] { "create", "--OpenStack-Password", "pw" }, "hostpool create --OpenStack-Password ***")]
    [InlineData(new[] { "create", "db_password=pw", "zone=a" }, "hostpool create db_password=*** zone=a")]
    [InlineData(new[] { "create", "--name", "two words" }, "hostpool create --name 'two words'")]
    public void Summarise_CommandLine_SecretValuesHidden(string[] args, string expected)
    {
        Assert.Equal(expected, CommandLineRedactor.Summarise(args, Create));
    }
}
