namespace SiteGen.Documents;

/// <summary>
/// How to make a text file, and what it is made from (compared by the incremental layer before making it).
/// <paramref name="Write"/> writes the file's UTF-8 bytes into a buffer the writer reuses file after file: a feed
/// or a timeline is megabytes, and an array of its own for each would churn the large-object heap (each one can
/// start a full collection).
/// </summary>
internal sealed record LazyText(Action<System.Buffers.IBufferWriter<byte>> Write, Func<object?[]> Inputs);
