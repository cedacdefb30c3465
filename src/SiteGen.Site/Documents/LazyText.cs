namespace SiteGen.Documents;

/// <summary>How to make a text file, and what it is made from (compared by the incremental layer before making it).</summary>
internal sealed record LazyText(Func<byte[]> Make, Func<object?[]> Inputs);

