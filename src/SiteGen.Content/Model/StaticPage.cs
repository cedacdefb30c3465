using SiteGen.Rules;

namespace SiteGen.Content.Model;

/// <summary>A page outside the news flow (about, legal notice), at /{language}/{slug}/.</summary>
public sealed record StaticPage
{
    public required string Language { get; init; }
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? TranslationKey { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public required byte[] BodyUtf8 { get; init; }

    /// <summary>The lead image, shown at the top of the page and in shares.</summary>
    public Picture? Image { get; init; }

    /// <summary>Every image of the site the page shows.</summary>
    public IReadOnlyList<ImageInfo> Images { get; init; } = [];
    public IReadOnlyList<Markdown.BodyLink> Links { get; init; } = [];

    /// <summary>Links to other content files, placeholders in the body until <see cref="Loading.SourceLinkResolver"/> gives them addresses.</summary>
    public IReadOnlyList<Markdown.SourceLink> SourceLinks { get; init; } = [];

    /// <summary>Whether the body shows a video: its page takes the script that loads the player on click.</summary>
    public bool HasVideo { get; init; }

    /// <summary>Old addresses that redirect here (<c>aliases:</c>), each from the site's root, with its place.</summary>
    public IReadOnlyList<SiteGen.Rules.Binding.Located<string>> Aliases { get; init; } = [];
    public required SourceLocation Location { get; init; }

    public string BodyHtml => System.Text.Encoding.UTF8.GetString(BodyUtf8);
}
