using System.Security.Cryptography;
using System.Text;

namespace Search.Host.Hosting;

/// <summary>Checks the admin key sent as <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>.</summary>
internal static class ApiKey
{
    public static bool IsPresentedIn(HttpRequest request, string expected)
    {
        var authorization = request.Headers.Authorization.ToString();
        var presented = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : request.Headers["X-Api-Key"].ToString();
        return presented.Length > 0 && Matches(presented, expected);
    }

    /// <summary>Compares hashes in constant time, so neither the content nor the length of the key leaks through timing.</summary>
    public static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
