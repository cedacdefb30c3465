using SiteGen.Rules.Binding;

namespace SiteGen.Content.Schema;

/// <summary>Where each bound value was written ("topics[1]", "events[0].end"), for rules that run after binding.</summary>
public sealed class FieldLocations
{
    private readonly Dictionary<string, (int Line, int Column)> _places = new(StringComparer.Ordinal);

    public (int Line, int Column) Start { get; set; } = (1, 1);

    public T Record<T>(string field, Located<T> located)
    {
        _places[field] = (located.Line, located.Column);
        return located.Value;
    }

    public void Record(string field, int line, int column) => _places[field] = (line, column);

    /// <summary>The place of <paramref name="field"/>, else of the front matter itself.</summary>
    public (int Line, int Column) Of(string field) => _places.TryGetValue(field, out var place) ? place : Start;
}
