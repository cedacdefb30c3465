namespace SiteGen.Documents;

/// <summary>Metadata keys of the documents flowing through the site's pipelines.</summary>
internal static class Keys
{
    public const string Bytes = "Bytes";
    public const string Kind = "Kind";
    public const string Language = "Language";
    public const string Content = "SiteContent";
    public const string Page = "Page";
    public const string Stamp = "Stamp";
    public const string Cached = "Cached";
    public const string LazyText = "LazyText";

    /// <summary>A file made on demand (an image's resized file): a function giving its path, called when it is written.</summary>
    public const string Produced = "Produced";

    /// <summary>Set by the page memory: the file at this destination is no longer made by this pipeline.</summary>
    public const string Removed = "Removed";

    /// <summary>Set by the page memory: this pipeline made documents only for what changed; its other files stay.</summary>
    public const string Partial = "Partial";
}

internal enum InputKind { Settings, Topics, Authors, Article, Page, Asset }
