using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// How Pagefind 1.x stores its index files (pf_meta, pf_index, pf_filter, pf_fragment): gzip of
/// "pagefind_dcd" followed by the body (CBOR, or JSON for fragments), named by the SHA-1 of the body.
/// </summary>
internal static class PagefindFile
{
    private static ReadOnlySpan<byte> Signature => "pagefind_dcd"u8;

    public static byte[] Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var body = new MemoryStream();
        gzip.CopyTo(body);
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        if (!bytes.StartsWith(Signature))
            throw new InvalidDataException($"{path} is not a Pagefind index file (no pagefind_dcd signature).");
        return bytes[Signature.Length..].ToArray();
    }

    public static void Write(string path, ReadOnlySpan<byte> body) => File.WriteAllBytes(path, Compress(body));

    /// <summary>The bytes of the file holding <paramref name="body"/>: the signature and the body, gzipped.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> body)
    {
        using var file = new MemoryStream(body.Length / 2 + 64);
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Signature);
            gzip.Write(body);
        }
        return file.ToArray();
    }

    /// <summary>Pagefind's full hash: each byte of the SHA-1 in lower-case hex without padding (its format!("{:x?}")).</summary>
    public static string Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(bytes, digest);
        var hex = new StringBuilder(2 * digest.Length);
        foreach (var b in digest) hex.Append(b.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        return hex.ToString();
    }
}
