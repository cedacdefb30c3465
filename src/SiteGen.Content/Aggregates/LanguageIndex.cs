using SiteGen.Rules;
using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// What the aggregate pages of one language need, computed once: articles per topic, the timeline,
/// related articles. Every index is made from another one and the articles that went and came
/// since: from the empty index for a new site (every article came), from a former index for an
/// update. Only what those articles touch is made again; everything else is the very object of
/// the index it was made from, so pages made from it are known to be unchanged.
/// </summary>
public sealed class LanguageIndex
{
    /// <summary>The index of the language's articles in <paramref name="content"/>.</summary>
    public LanguageIndex(SiteContent content, string language) : this(content, Empty(language)) { }

    private LanguageIndex(SiteContent content, LanguageIndex basis)
    {
        Language = basis.Language;
        Articles = content.ArticlesIn(Language);
        var changes = ArticleChanges.Between(basis.Articles, Articles);
        ArticlesByTopic = ByTopic(content, Articles, basis, changes);
        // One pass over the articles, and only when a byline of a changed article is an author's.
        ArticlesByAuthor = changes.Authors.Count == 0 && basis.ArticlesByAuthor.Count == content.Authors.Count
            && content.Authors.All(a => basis.ArticlesByAuthor.ContainsKey(a.Id))
            ? basis.ArticlesByAuthor
            : ByAuthor(content, Articles, basis, changes);
        Timelines = basis.Timelines.Next(changes);
        Related = basis.Related.Next(ArticlesByTopic, Articles, changes);
    }

    private LanguageIndex(string language)
    {
        Language = language;
        Articles = [];
        ArticlesByTopic = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        ArticlesByAuthor = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        Timelines = TimelineIndex.Empty();
        Related = new RelatedArticles(ArticlesByTopic);
    }

    /// <summary>The index of a language with no article, which every other index is made from.</summary>
    private static LanguageIndex Empty(string language) => new(language);

    /// <summary>
    /// The index of the language's articles in <paramref name="content"/>, made from this one: the
    /// same as <see cref="LanguageIndex(SiteContent, string)"/> gives, with every part that the
    /// changed articles do not touch taken as it is. The content must have the same topics.
    /// </summary>
    public LanguageIndex Next(SiteContent content) => new(content, this);

    public string Language { get; }

    /// <summary>The published articles of the language, newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByTopic { get; }
    /// <summary>Per author of authors.yml, its articles in the language, newest first (empty for an author who wrote none in it).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByAuthor { get; }

    /// <summary>
    /// Per topic, its articles newest first: a topic no changed article names keeps the very list of
    /// the index before; the others are filled in one pass over the articles (a pass per topic was
    /// 4 % of a 50,000-article build).
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Article>> ByTopic(SiteContent content, IReadOnlyList<Article> articles, LanguageIndex basis,
        ArticleChanges changes)
    {
        var lists = new Dictionary<string, IReadOnlyList<Article>>(content.Topics.Count, StringComparer.Ordinal);
        var filling = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var topic in content.Topics)
        {
            if (!changes.Topics.Contains(topic.Id) && basis.ArticlesByTopic.TryGetValue(topic.Id, out var same)) lists[topic.Id] = same;
            else lists[topic.Id] = filling[topic.Id] = [];
        }
        if (filling.Count == 0) return lists;
        foreach (var article in articles)
            foreach (var topic in article.Topics)
                if (filling.TryGetValue(topic, out var list) && (list.Count == 0 || !ReferenceEquals(list[^1], article))) list.Add(article);
        return lists;
    }

    private static Dictionary<string, IReadOnlyList<Article>> ByAuthor(SiteContent content, IReadOnlyList<Article> articles, LanguageIndex basis,
        ArticleChanges changes)
    {
        var lists = content.Authors.ToDictionary(a => a.Id, _ => new List<Article>(), StringComparer.Ordinal);
        foreach (var article in articles)
        foreach (var author in article.Authors)
            if (lists.TryGetValue(author, out var list)) list.Add(article);
        // An author no changed article names keeps the very list of the index before (its pages are known unchanged).
        return lists.ToDictionary(l => l.Key,
            l => !changes.Authors.Contains(l.Key) && basis.ArticlesByAuthor.TryGetValue(l.Key, out var same) ? same : (IReadOnlyList<Article>)l.Value,
            StringComparer.Ordinal);
    }

    public TimelineIndex Timelines { get; }
    public Timeline Timeline => Timelines.Timeline;

    /// <summary>How the language's timeline is cut into pages.</summary>
    public TimelinePaging Paging => _paging ??= TimelinePaging.Of(Timeline);

    private TimelinePaging? _paging;
    public RelatedArticles Related { get; }
    public IReadOnlyList<Diagnostic> Warnings => Timelines.Warnings;
}
