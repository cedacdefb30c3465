using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// For each article, the articles of its language sharing the most topics with it, newest first
/// among equals, looked for among those published around it: the <see cref="Window"/> before and
/// after it in each of its topics' lists. Built from a topic index, so a large site is not compared
/// article against article, and the work per article does not grow with the site (looking through
/// whole topic lists made it grow as the square of the site: a third of a 50,000-article build);
/// on a site whose topics hold fewer than twice the window, it is every article of its topics.
/// Made from the lists of another index and the articles that changed since, so an edit ranks
/// again only the articles whose windows held, or now hold, a changed one: an article further
/// than the window from every change sees the same candidates, only shifted by one place.
/// </summary>
public sealed class RelatedArticles
{
    public const int Count = 3;

    /// <summary>How many articles before and after an article, in each of its topics, are candidates.</summary>
    public const int Window = 250;

    private readonly Dictionary<Article, IReadOnlyList<Article>> _lists = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Each topic's articles as an array, with each one's place in the language's newest-first order
    /// beside it: ranking walks windows of up to 501 articles per topic for every article, and the
    /// newest of the windows' heads is then the smallest place, an integer comparison (comparing
    /// dates, then slugs for articles of the same day, through each Article was 15 % of a
    /// 50,000-article build).
    /// </summary>
    private readonly Dictionary<string, (Article[] Articles, int[] Places)> _topics = new(StringComparer.Ordinal);

    /// <summary>Each article's place in the language's newest-first order.</summary>
    private readonly Dictionary<Article, int> _places;

    /// <summary>Lists made on demand (tests), and the lists of the empty index. Each topic's list is newest first, as the index keeps it.</summary>
    public RelatedArticles(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic)
        : this(articlesByTopic, articlesByTopic.Values.SelectMany(l => l).Distinct(ReferenceEqualityComparer.Instance).Cast<Article>().Order(Article.NewestFirst).ToList())
    {
    }

    /// <param name="articles">Every article of the topic lists, newest first.</param>
    private RelatedArticles(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic, IReadOnlyList<Article> articles)
    {
        _places = new Dictionary<Article, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++) _places[articles[i]] = i;
        foreach (var (topic, list) in articlesByTopic)
        {
            var inTopic = list.ToArray();
            var places = new int[inTopic.Length];
            for (var i = 0; i < inTopic.Length; i++) places[i] = _places[inTopic[i]];
            _topics[topic] = (inTopic, places);
        }
    }

    /// <summary>
    /// The lists of every article of <paramref name="articles"/>, on every core, made from these.
    /// An article listed here keeps its list, the very same object, unless a changed article shares
    /// a topic with it (its windows moved); then it is ranked again, as an article not listed here is.
    /// </summary>
    public RelatedArticles Next(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic, IReadOnlyList<Article> articles, ArticleChanges changes)
    {
        var next = new RelatedArticles(articlesByTopic, articles);
        var lists = new IReadOnlyList<Article>[articles.Count];
        var replaced = Replacements(changes);
        var near = _lists.Count == 0 ? [] : NearChanges(articlesByTopic, changes, replaced);
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            lists[i] = !_lists.TryGetValue(article, out var before) ? next.Rank(article)
                : near.Contains(article) ? next.Ranked(article, before)
                : replaced.Count > 0 && before.Any(replaced.ContainsKey) ? [.. before.Select(a => replaced.GetValueOrDefault(a, a))]
                : before;
        });
        next._lists.EnsureCapacity(articles.Count); // grown by doubling, its arrays were made again and again on the large-object heap
        for (var i = 0; i < articles.Count; i++) next._lists[articles[i]] = lists[i];
        return next;
    }

    /// <summary>
    /// The articles whose windows a change can have touched: in each topic of a changed article,
    /// those within the window (and one place per change, as places shift) of where it is or was.
    /// </summary>
    private static HashSet<Article> NearChanges(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic, ArticleChanges changes,
        Dictionary<Article, Article> replaced)
    {
        var near = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        var reach = Window + 1 + changes.Removed.Count + changes.Added.Count;
        var replacements = replaced.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var changed in changes.Removed.Where(a => !replaced.ContainsKey(a)).Concat(changes.Added.Where(a => !replacements.Contains(a))))
            foreach (var topic in changed.Topics)
            {
                if (!articlesByTopic.TryGetValue(topic, out var list)) continue;
                var at = PlaceIn(list, changed);
                for (int i = Math.Max(0, at - reach), end = Math.Min(list.Count, at + reach + 1); i < end; i++) near.Add(list[i]);
            }
        return near;
    }

    public IReadOnlyList<Article> For(Article article) => _lists.TryGetValue(article, out var list) ? list : Rank(article);

    /// <summary>
    /// Edited articles that keep their place in every list (same date, slug and topics: a title or
    /// body edit), old version to new: every other article's list only has the one for the other.
    /// </summary>
    private static Dictionary<Article, Article> Replacements(ArticleChanges changes)
    {
        var replaced = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        if (changes.Removed.Count == 0 || changes.Added.Count == 0) return replaced;
        var added = changes.Added.GroupBy(a => a.SourcePath, StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var old in changes.Removed)
            if (added.TryGetValue(old.SourcePath, out var now) && Article.NewestFirst.Compare(old, now) == 0
                && now.Topics.ToHashSet(StringComparer.Ordinal).SetEquals(old.Topics))
                replaced[old] = now;
        return replaced;
    }

    /// <summary>The article's list ranked again: the list it had when it is the same, so pages made from it are known unchanged.</summary>
    private IReadOnlyList<Article> Ranked(Article article, IReadOnlyList<Article> before)
    {
        var ranked = Rank(article);
        return ranked.SequenceEqual(before, ReferenceEqualityComparer.Instance) ? before : ranked;
    }

    /// <summary>
    /// The article's list: its topics' windows are each newest first, so they are walked together,
    /// newest first, an article met in several windows at once counting once per shared topic;
    /// the first few met at each count are the best of that count. No hashing, no sorting.
    /// </summary>
    private List<Article> Rank(Article article)
    {
        var topics = article.Topics;
        var lists = new Article[topics.Count][];
        var places = new int[topics.Count][];
        Span<int> next = topics.Count <= 32 ? stackalloc int[topics.Count] : new int[topics.Count];
        Span<int> end = topics.Count <= 32 ? stackalloc int[topics.Count] : new int[topics.Count];
        var known = _places.TryGetValue(article, out var place);
        var windows = 0;
        foreach (var topic in topics)
        {
            if (!_topics.TryGetValue(topic, out var others)) continue;
            var at = known ? PlaceIn(others.Places, place) : PlaceIn(others.Articles, article);
            lists[windows] = others.Articles;
            places[windows] = others.Places;
            next[windows] = Math.Max(0, at - Window);
            end[windows] = Math.Min(others.Articles.Length, at + Window + 1);
            windows++;
        }
        // best[c - 1]: the first articles met that share c topics, newest first.
        var best = new List<Article>?[Math.Max(windows, 1)];
        var complete = false; // Count articles found sharing every topic: nothing met later can beat them
        while (!complete)
        {
            // The newest of the windows' heads: the smallest place in the language's order.
            var newest = int.MaxValue;
            var from = -1;
            for (var w = 0; w < windows; w++)
            {
                if (next[w] < end[w] && places[w][next[w]] < newest)
                {
                    newest = places[w][next[w]];
                    from = w;
                }
            }
            if (from < 0) break;
            var candidate = lists[from][next[from]];
            var shared = 0;
            for (var w = 0; w < windows; w++)
                if (next[w] < end[w] && places[w][next[w]] == newest) { shared++; next[w]++; }
            if (ReferenceEquals(candidate, article)) continue;
            var level = best[shared - 1] ??= new List<Article>(Count);
            if (level.Count < Count) level.Add(candidate);
            complete = shared == windows && level.Count == Count;
        }
        var ranked = new List<Article>(Count);
        for (var level = best.Length - 1; level >= 0 && ranked.Count < Count; level--)
            foreach (var other in best[level] ?? [])
                if (ranked.Count < Count) ranked.Add(other);
        return ranked;
    }

    /// <summary>Where an article of the index is in a topic's places, which increase: by binary search.</summary>
    private static int PlaceIn(int[] places, int place)
    {
        var at = Array.BinarySearch(places, place);
        return at >= 0 ? at : ~at;
    }

    /// <summary>Where the article is (or would be) in a topic's list, which is newest first: by binary search.</summary>
    private static int PlaceIn(IReadOnlyList<Article> list, Article article)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Article.CompareNewestFirst(list[middle], article) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
