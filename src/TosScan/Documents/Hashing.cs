using System.Security.Cryptography;
using System.Text;

namespace TosScan.Documents;

/// <summary>SHA-256 as lower-case hex, the form every record and report uses.</summary>
public static class Hashing
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));
}
