using SiteGen.Rules;
using SiteGen.Rules.Schema;

namespace SiteGen.Generators
{
    /// <summary>What every content check needs: the schemas, from this compilation and the ones it references.</summary>
    public sealed record CheckSettings(EquatableArray<RecordSchema> Schemas);

    public sealed record LocatedText(string Value, int Line, int Column);

    /// <summary>One article checked on its own, with the facts the rules across files need.</summary>
    public sealed record ArticleResult(
        string Path, string Language, EquatableArray<Diagnostic> Diagnostics,
        LocatedText? Slug, LocatedText? TranslationKey, EquatableArray<LocatedText> Topics)
    {
        /// <summary>"article", or "page" for a static page (checked alone: pages have no topics).</summary>
        public string Role { get; init; } = "article";

        /// <summary>The values of <c>author</c>, checked against authors.yml when the site has one.</summary>
        public EquatableArray<LocatedText> Authors { get; init; } = EquatableArray<LocatedText>.Empty;
    }

    public sealed record SiteResult(string Path, EquatableArray<Diagnostic> Diagnostics, EquatableArray<string> Languages)
    {
        /// <summary>The topics of <c>frontPage</c>, checked against topics.yml.</summary>
        public EquatableArray<LocatedText> FrontPage { get; init; } = EquatableArray<LocatedText>.Empty;
    }

    public sealed record TopicName(string Language, string Name, string Slug);

    public sealed record TopicEntry(string Id, EquatableArray<TopicName> Names);

    /// <summary>An author of authors.yml: its id and its name in each language.</summary>
    public sealed record AuthorName(string Language, string Name);

    public sealed record AuthorEntry(string Id, EquatableArray<AuthorName> Names);

    public sealed record AuthorsResult(string Path, EquatableArray<Diagnostic> Diagnostics, EquatableArray<AuthorEntry> Authors);

    public sealed record TopicsResult(string Path, EquatableArray<Diagnostic> Diagnostics, EquatableArray<TopicEntry> Topics);

    /// <summary>One interface string: a text, or a list of texts.</summary>
    public sealed record StringEntry(string Key, string? Text, EquatableArray<string> List, int Line, int Column);

    public sealed record StringsFile(string Path, string Language, EquatableArray<Diagnostic> Diagnostics, EquatableArray<StringEntry> Entries);
}
