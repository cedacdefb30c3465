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
        ArticlesByTopic = content.Topics.ToDictionary(
            t => t.Id,
            t => !changes.Topics.Contains(t.Id) && basis.ArticlesByTopic.TryGetValue(t.Id, out var same)
                ? same
                : (IReadOnlyList<Article>)Articles.Where(a => a.Topics.Contains(t.Id)).ToList(),
            StringComparer.Ordinal);
        Timelines = basis.Timelines.Next(changes);
        Related = basis.Related.Next(ArticlesByTopic, Articles, changes);
    }

    private LanguageIndex(string language)
    {
        Language = language;
        Articles = [];
        ArticlesByTopic = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
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
    public TimelineIndex Timelines { get; }
    public Timeline Timeline => Timelines.Timeline;
    public RelatedArticles Related { get; }
    public IReadOnlyList<Diagnostic> Warnings => Timelines.Warnings;
}
