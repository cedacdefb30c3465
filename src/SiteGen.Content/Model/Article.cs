using SiteGen.Rules;

namespace SiteGen.Content.Model;

/// <summary>A correction notice: its date, its text rendered as inline HTML, and as plain text (for structured data).</summary>
public sealed record Correction(DateTimeOffset Date, string Html, string Text);

/// <summary>An article as readers get it: front matter bound and checked, body rendered.</summary>
public sealed record Article
{
    public required string Language { get; init; }
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public DateTimeOffset? PublishDate { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public bool Draft { get; init; }
    public required string Summary { get; init; }
    /// <summary>The bylines as written: author ids (looked up with <see cref="SiteContent.Author"/>), or names on a site without authors.yml.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    public required IReadOnlyList<string> Topics { get; init; }
    public string? TranslationKey { get; init; }
    public required IReadOnlyList<TimelineEvent> Events { get; init; }
    /// <summary>
    /// The rendered body, kept as UTF-8: half the memory of a string for the bodies of a large site,
    /// all held until their pages are written.
    /// </summary>
    public required byte[] BodyUtf8 { get; init; }

    /// <summary>The rendered body as text (made on each call: read it once per page).</summary>
    public string BodyHtml => System.Text.Encoding.UTF8.GetString(BodyUtf8);

    /// <summary>The lead image, shown at the top of the article, in lists and in shares.</summary>
    public Picture? Image { get; init; }

    /// <summary>Every image of the site the article shows (lead, body, events): its pages change when one of them does.</summary>
    public IReadOnlyList<ImageInfo> Images { get; init; } = [];

    /// <summary>The links and images written in the body, with their places, for the link checker.</summary>
    public IReadOnlyList<Markdown.BodyLink> Links { get; init; } = [];

    /// <summary>Links to other content files, placeholders in the body until <see cref="Loading.SourceLinkResolver"/> gives them addresses.</summary>
    public IReadOnlyList<Markdown.SourceLink> SourceLinks { get; init; } = [];

    /// <summary>Whether the body shows a video: its page takes the script that loads the player on click.</summary>
    public bool HasVideo { get; init; }

    /// <summary>Old addresses that redirect here (<c>aliases:</c>), each from the site's root, with its place.</summary>
    public IReadOnlyList<SiteGen.Rules.Binding.Located<string>> Aliases { get; init; } = [];
    public required SourceLocation Location { get; init; }

    /// <summary>The dated notices of what was corrected, oldest first.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>When the article last changed for readers: its lastmod, or its latest correction when that is later, else its date.</summary>
    public DateTimeOffset Modified
    {
        get
        {
            var modified = LastModified ?? Date;
            foreach (var correction in Corrections)
                if (correction.Date > modified) modified = correction.Date;
            return modified;
        }
    }

    /// <summary>Newest first, then by slug so equal dates keep one order from build to build.</summary>
    public static readonly IComparer<Article> NewestFirst = Comparer<Article>.Create(CompareNewestFirst);

    /// <summary><see cref="NewestFirst"/>'s order, called directly where it runs in a loop.</summary>
    public static int CompareNewestFirst(Article? a, Article? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug);
    }
}
