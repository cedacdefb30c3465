using System.Globalization;
using System.Text;

namespace SiteGen.Corpus;

/// <summary>
/// A deterministic corpus: N/2 articles per language paired by translationKey, 1–4 topics out
/// of 50, one or two of 30 authors (or the newsroom), two events each (some shared by id across articles), about 600 words of Markdown with
/// headings, lists, emphasis and links, French text with accents.
/// </summary>
public static class CorpusWriter
{
    public const int TopicCount = 50;

    public static void Write(int articles, string folder)
    {
        var input = Path.Combine(folder, "input");
        if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
        Directory.CreateDirectory(Path.Combine(input, "fr", "articles"));
        Directory.CreateDirectory(Path.Combine(input, "en", "articles"));
        File.WriteAllText(Path.Combine(input, "site.yml"), SiteYaml);
        File.WriteAllText(Path.Combine(input, "topics.yml"), TopicsYaml());
        File.WriteAllText(Path.Combine(input, "authors.yml"), AuthorsYaml());
        var pairs = articles / 2;
        Parallel.For(0, pairs, i =>
        {
            var random = new Random(i * 7919 + 17);
            var topics = Enumerable.Range(0, random.Next(1, 5)).Select(_ => $"topic-{random.Next(TopicCount):D2}").Distinct().ToList();
            var date = new DateTime(2015, 1, 1).AddDays(random.Next(0, 3650));
            // An event shared by several articles has one date everywhere: it is drawn from the event's own number.
            var events = Enumerable.Range(0, 2).Select(_ => random.Next(pairs)).Select(e => (Id: $"event-{e:D5}", Date: Partial(new Random(e), new DateTime(2015, 1, 1).AddDays(e % 3650)))).ToList();
            foreach (var language in new[] { "fr", "en" })
            {
                var text = Article(language, i, date, topics, events, new Random(i * 31 + (language == "fr" ? 1 : 2)));
                File.WriteAllText(Path.Combine(input, language, "articles", $"{(language == "fr" ? "article" : "story")}-{i:D5}.md"), text);
            }
        });
    }

    private static string Partial(Random random, DateTime near)
    {
        var date = near.AddDays(-random.Next(0, 400));
        return random.Next(3) switch
        {
            0 => date.ToString("yyyy", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static string Article(string language, int index, DateTime date, List<string> topics, List<(string Id, string Date)> events, Random random)
    {
        var words = language == "fr" ? French : English;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: \"{Sentence(words, random, 6).TrimEnd('.')} {index}\"\n");
        text.Append($"date: {date:yyyy-MM-dd}\n");
        // One reporter in three articles shares the byline with another; one article in five is the newsroom's.
        var reporter = index % AuthorCount;
        text.Append(index % 5 == 0 ? "author: redaction\n" : index % 3 == 0 ? $"author: [reporter-{reporter:D2}, reporter-{(reporter + 7) % AuthorCount:D2}]\n" : $"author: reporter-{reporter:D2}\n");
        text.Append($"topics: [{string.Join(", ", topics)}]\n");
        text.Append($"translationKey: pair-{index:D5}\n");
        text.Append("events:\n");
        foreach (var e in events)
        {
            text.Append($"  - date: {e.Date}\n");
            text.Append($"    id: {e.Id}\n");
            text.Append($"    title: \"{Sentence(words, random, 5).TrimEnd('.')}\"\n");
        }
        text.Append("---\n");
        var written = 0;
        var section = 0;
        while (written < 600)
        {
            if (written > 0 && written % 150 < 60)
            {
                text.Append($"\n## {Sentence(words, random, 4).TrimEnd('.')} {++section}\n\n");
            }
            var paragraph = new StringBuilder();
            for (var s = 0; s < 4; s++)
            {
                var sentence = Sentence(words, random, random.Next(8, 16));
                if (s == 1) sentence = $"*{sentence.TrimEnd('.')}*.";
                if (s == 2) sentence = $"[{sentence.TrimEnd('.')}](https://example.com/{random.Next(1000)}).";
                paragraph.Append(sentence).Append(' ');
                written += sentence.Count(c => c == ' ') + 1;
            }
            text.Append(paragraph.ToString().TrimEnd()).Append("\n\n");
            if (random.Next(3) == 0)
            {
                for (var item = 0; item < 3; item++) text.Append("- ").Append(Sentence(words, random, 5)).Append('\n');
                text.Append('\n');
                written += 15;
            }
        }
        return text.ToString();
    }

    private static string Sentence(string[] words, Random random, int length)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    public const int AuthorCount = 30;

    private static string AuthorsYaml()
    {
        var text = new StringBuilder("redaction:\n  name: La rédaction\n  en: { name: The newsroom }\n");
        for (var i = 0; i < AuthorCount; i++)
            text.Append($"reporter-{i:D2}:\n  name: Reporter {i}\n  fr: {{ role: Journaliste, bio: Suit le sujet {i}. }}\n  en: {{ role: Reporter, bio: Covers beat {i}. }}\n");
        return text.ToString();
    }

    private static string TopicsYaml()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < TopicCount; i++)
        {
            yaml.Append($"topic-{i:D2}:\n");
            yaml.Append($"  fr: {{ name: Sujet {i} été, slug: sujet-{i:D2}, description: \"Tout sur le sujet {i}.\" }}\n");
            yaml.Append($"  en: {{ name: Topic {i}, slug: topic-{i:D2}, description: \"All about topic {i}.\" }}\n");
        }
        return yaml.ToString();
    }

    private const string SiteYaml = """
        baseUrl: https://example.org/
        defaultLanguage: fr
        pageSize: 20
        languages:
          fr:
            name: Français
            locale: fr-FR
            title: Le Fil
            description: Corpus de test.
            paths: { articles: articles, topics: sujets, timeline: chronologie, search: recherche }
          en:
            name: English
            locale: en-US
            title: The Thread
            description: Test corpus.
            paths: { articles: articles, topics: topics, timeline: timeline, search: search }

        """;

    private static readonly string[] French =
    [
        "le", "marché", "régulation", "créateurs", "vidéo", "achat", "plateforme", "élevé", "décision", "été",
        "à", "où", "déjà", "l’application", "société", "données", "réseau", "échéance", "commerce", "social",
        "utilisateurs", "très", "économie", "stratégie", "intérêt", "accès", "première", "après", "français", "forêt",
    ];

    private static readonly string[] English =
    [
        "the", "market", "regulation", "creators", "video", "purchase", "platform", "high", "decision", "summer",
        "to", "where", "already", "app", "company", "data", "network", "deadline", "commerce", "social",
        "users", "very", "economy", "strategy", "interest", "access", "first", "after", "English", "forest",
    ];
}
