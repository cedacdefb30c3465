namespace SiteGen.Checking;

/// <summary>
/// Turns the site's URLs into files of the output folder and back: a URL under the base path
/// (relative, root-relative or absolute on the site's host) is internal; any other http(s) URL is external.
/// </summary>
internal sealed class SiteMap(string outputFolder, Uri baseUrl)
{
    public string OutputFolder { get; } = Path.GetFullPath(outputFolder);

    /// <summary>The published URL of an output file, such as https://example.org/news/fr/ for fr/index.html.</summary>
    public Uri UrlOf(string file)
    {
        var relative = Path.GetRelativePath(OutputFolder, file).Replace('\\', '/');
        if (relative == "index.html") relative = "";
        else if (relative.EndsWith("/index.html", StringComparison.Ordinal)) relative = relative[..^"index.html".Length];
        return new Uri(baseUrl, relative);
    }

    /// <summary>The file an internal URL is served from, or null when the URL leaves the site.</summary>
    public string? FileOf(Uri url)
    {
        if (!string.Equals(url.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(url.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase)
            || !url.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal))
            return null;
        var relative = Uri.UnescapeDataString(url.AbsolutePath[baseUrl.AbsolutePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var path = Path.GetFullPath(Path.Combine(OutputFolder, relative));
        return path.StartsWith(OutputFolder, StringComparison.Ordinal) ? path : null;
    }

    public bool IsOnSiteHost(Uri url) =>
        string.Equals(url.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
