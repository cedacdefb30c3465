namespace SiteGen.Content.Model;

public sealed record TopicName(string Name, string Slug, string Description);

/// <summary>A language-neutral topic id with its name, slug and description in each language.</summary>
public sealed record Topic(string Id, IReadOnlyDictionary<string, TopicName> Names)
{
    public TopicName In(string language) => Names[language];
}
