using System.Collections.Immutable;

namespace SiteGen.Pipeline;

/// <summary>
/// An immutable unit of work flowing through pipelines: where it came from, where it goes,
/// what is known about it, and its text. Modules return new documents instead of mutating.
/// A document with no <see cref="Content"/> but a <see cref="Source"/> is copied as it is.
/// </summary>
public sealed record Document
{
    public Document(string? source, string? destination, string? content = null,
        ImmutableDictionary<string, object>? metadata = null)
    {
        Source = source;
        Destination = destination;
        Content = content;
        Metadata = metadata ?? ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>Path of the file this document was read from, relative to the working directory.</summary>
    public string? Source { get; init; }

    /// <summary>Path relative to the output folder, with forward slashes; null if never written.</summary>
    public string? Destination { get; init; }

    public string? Content { get; init; }

    public ImmutableDictionary<string, object> Metadata { get; init; }

    public T Get<T>(string key) where T : notnull =>
        Metadata.TryGetValue(key, out var value) && value is T typed
            ? typed
            : throw new KeyNotFoundException($"Document '{Source ?? Destination}' has no '{key}' of type {typeof(T).Name}.");

    public bool TryGet<T>(string key, out T value) where T : notnull
    {
        if (Metadata.TryGetValue(key, out var raw) && raw is T typed) { value = typed; return true; }
        value = default!;
        return false;
    }

    public Document With(string key, object value) => this with { Metadata = Metadata.SetItem(key, value) };
}
