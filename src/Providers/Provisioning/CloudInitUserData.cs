using System.Text.Json;

namespace HostPool.Providers.Provisioning;

/// <summary>cloud-init user data for cloud drivers: a login with one authorized key and passwordless sudo, nothing else.</summary>
public static class CloudInitUserData
{
    public static string Render(string user, string authorizedKey)
    {
        if (string.IsNullOrWhiteSpace(user) || user.Any(character => char.IsControl(character) || char.IsWhiteSpace(character)))
        {
            throw new InvalidInputException($"'{user}' is not a login name for cloud-init. Give a user name without spaces.");
        }

        if (string.IsNullOrWhiteSpace(authorizedKey) || authorizedKey.Any(char.IsControl))
        {
            throw new InvalidInputException("The SSH public key for cloud-init is empty or spans several lines. Give one OpenSSH public key line.");
        }

        return TemplateText.Render("cloud-init.yaml", new Dictionary<string, string>
        {
            ["USER"] = JsonSerializer.Serialize(user),
            ["AUTHORIZED_KEY"] = JsonSerializer.Serialize(authorizedKey.Trim()),
        });
    }
}
