using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// The articles of a language that went and came between two indexes, by identity: an unchanged
/// file keeps its Article object, so an edited file is one article removed and one added. From the
/// empty index, every article came.
/// </summary>
public sealed class ArticleChanges
{
    private ArticleChanges(IReadOnlyList<Article> removed, IReadOnlyList<Article> added)
    {
        Removed = removed;
        Added = added;
        RemovedSet = new HashSet<Article>(removed, ReferenceEqualityComparer.Instance);
        Topics = removed.Concat(added).SelectMany(a => a.Topics).ToHashSet(StringComparer.Ordinal);
        Authors = removed.Concat(added).SelectMany(a => a.Authors).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<Article> Removed { get; }
    public IReadOnlyList<Article> Added { get; }
    /// <summary>The removed articles, by identity.</summary>
    public IReadOnlySet<Article> RemovedSet { get; }

    /// <summary>Every topic of a removed or added article.</summary>
    public HashSet<string> Topics { get; }

    /// <summary>Every byline of a removed or added article.</summary>
    public HashSet<string> Authors { get; }

    public bool IsEmpty => Removed.Count == 0 && Added.Count == 0;

    public static ArticleChanges Between(IReadOnlyList<Article> before, IReadOnlyList<Article> after)
    {
        if (before.Count == 0) return new ArticleChanges([], after);
        var old = new HashSet<Article>(before, ReferenceEqualityComparer.Instance);
        var current = new HashSet<Article>(after, ReferenceEqualityComparer.Instance);
        return new ArticleChanges(before.Where(a => !current.Contains(a)).ToList(), after.Where(a => !old.Contains(a)).ToList());
    }
}
