namespace SiteGen.Content.Loading;

/// <summary>Which articles a build publishes, as of <see cref="Now"/>.</summary>
public sealed record BuildOptions(DateTimeOffset Now, bool IncludeDrafts = false, bool IncludeFuture = false, bool IncludeExpired = false)
{
    public bool Publishes(Model.Article article) =>
        (IncludeDrafts || !article.Draft)
        && (IncludeFuture || article.PublishDate is not { } publish || publish <= Now)
        && (IncludeExpired || article.ExpiryDate is not { } expiry || expiry > Now);
}
