using System.Text;
using SiteGen.Rules;

namespace SiteGen.Import;

/// <summary>
/// Hugo's tags and categories as SiteGen topics. A term's id is its folded name in the default
/// language; terms of two translated posts are the same topic when the posts have as many terms
/// (paired in order), or when their folded names are equal. A term only one language uses keeps
/// its name in the others (the summary counts them, to translate in topics.yml); posts without a
/// term get the topic <see cref="HugoImport.GeneralTopic"/>.
/// </summary>
internal sealed class TopicPlan
{
    private readonly Dictionary<HugoPage, List<string>> _ids = [];
    private readonly SortedDictionary<string, Dictionary<string, string>> _names = new(StringComparer.Ordinal);

    public int Count => _names.Count;
    public int InOneLanguage { get; private set; }
    public int Untagged { get; private set; }

    public IReadOnlyList<string> Of(HugoPage page) => _ids[page];

    public static TopicPlan Make(HugoConfig config, List<HugoPage> pages, Dictionary<HugoPage, PagePlan> plan)
    {
        var terms = pages.ToDictionary(p => p, p => p.Front.Texts("tags").Concat(p.Front.Texts("categories"))
            .Select(t => (Name: t, Folded: Slugs.FromTitle(t))).DistinctBy(t => t.Folded).ToList());
        // Union of (language, folded term) that name one topic.
        var parent = new Dictionary<(string, string), (string, string)>();
        (string, string) Find((string, string) x)
        {
            while (parent.TryGetValue(x, out var up) && up != x) x = up;
            return x;
        }
        void Union((string, string) a, (string, string) b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) return;
            // The default language's term heads the group: it gives the id.
            if (rb.Item1 == config.DefaultLanguage && ra.Item1 != config.DefaultLanguage) (ra, rb) = (rb, ra);
            parent[rb] = ra;
        }
        foreach (var (page, list) in terms)
            foreach (var term in list) parent.TryAdd((page.Language, term.Folded), (page.Language, term.Folded));
        foreach (var group in pages.Where(p => plan[p].TranslationKey is not null).GroupBy(p => plan[p].TranslationKey))
        {
            var members = group.ToList();
            for (var i = 1; i < members.Count; i++)
            {
                var (a, b) = (terms[members[0]], terms[members[i]]);
                if (a.Count == b.Count)
                    for (var t = 0; t < a.Count; t++) Union((members[0].Language, a[t].Folded), (members[i].Language, b[t].Folded));
            }
        }
        var languages = config.Languages.Select(l => l.Code).ToList();
        foreach (var language in languages.Skip(1))
            foreach (var key in parent.Keys.Where(k => k.Item1 == language).ToList())
                if (parent.ContainsKey((config.DefaultLanguage, key.Item2)) && Find(key) == key) Union((config.DefaultLanguage, key.Item2), key);

        var result = new TopicPlan();
        foreach (var (page, list) in terms)
        {
            var ids = new List<string>();
            foreach (var term in list)
            {
                var id = Find((page.Language, term.Folded)).Item2;
                if (!result._names.TryGetValue(id, out var names)) result._names[id] = names = new Dictionary<string, string>(StringComparer.Ordinal);
                names.TryAdd(page.Language, term.Name);
                ids.Add(id);
            }
            if (ids.Count == 0 && plan[page].IsArticle)
            {
                result.Untagged++;
                ids.Add(HugoImport.GeneralTopic);
                result._names.TryAdd(HugoImport.GeneralTopic, new Dictionary<string, string>(StringComparer.Ordinal) { ["fr"] = "Général", ["en"] = "General" });
            }
            result._ids[page] = ids.Distinct(StringComparer.Ordinal).ToList();
        }
        result.InOneLanguage = result._names.Count(n => n.Key != HugoImport.GeneralTopic && languages.Any(l => !n.Value.ContainsKey(l)));
        return result;
    }

    public string Yaml(HugoConfig config)
    {
        var text = new StringBuilder();
        foreach (var (id, names) in _names)
        {
            text.Append(id).Append(":\n");
            var fallback = names.GetValueOrDefault(config.DefaultLanguage) ?? names.Values.First();
            foreach (var language in config.Languages)
            {
                var name = names.GetValueOrDefault(language.Code) ?? fallback;
                text.Append("  ").Append(language.Code).Append(": { name: ").Append(YamlText.Scalar(name))
                    .Append(", slug: ").Append(Slugs.FromTitle(name)).Append(" }\n");
            }
        }
        return text.ToString();
    }
}
