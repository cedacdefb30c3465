using System.Collections.Concurrent;
using System.IO.Hashing;
using SiteGen.Documents;
using SiteGen.Theme.Rendering;

namespace SiteGen.Incremental;

/// <summary>
/// What writing the output may know of the files an earlier build wrote: which pages need
/// rendering, which bytes are already in their file. A full build, into an empty folder, uses
/// <see cref="None"/>: everything is rendered and written. Serve uses one over its
/// <see cref="IncrementalState"/>.
/// </summary>
internal interface IOutputMemory
{
    /// <summary>Whether the page must be rendered: its fingerprint differs from the one its file was written from.</summary>
    bool NeedsRendering(PageRequest page);

    /// <summary>Like <see cref="NeedsRendering"/>, for a text file made from <see cref="LazyText.Inputs"/>.</summary>
    bool NeedsMaking(string destination, LazyText text);

    /// <summary>Whether the file at <paramref name="path"/> already holds these bytes; if not, the caller writes them, then calls <see cref="Wrote"/>.</summary>
    bool Holds(string destination, string path, ReadOnlySpan<byte> bytes);

    /// <summary>Whether a copied file is to be written through <see cref="Holds"/> (its bytes compared) rather than copied.</summary>
    bool ComparesCopies { get; }

    /// <summary>The bytes last given to <see cref="Holds"/> for this destination are in its file.</summary>
    void Wrote(string destination);

    /// <summary>Knows nothing: every page is rendered and every file written.</summary>
    public static readonly IOutputMemory None = new NoOutputMemory();

    private sealed class NoOutputMemory : IOutputMemory
    {
        public bool NeedsRendering(PageRequest page) => true;
        public bool NeedsMaking(string destination, LazyText text) => true;
        public bool Holds(string destination, string path, ReadOnlySpan<byte> bytes) => false;
        public bool ComparesCopies => false;
        public void Wrote(string destination) { }
    }
}

/// <summary>
/// Serve's output memory: a digest of the bytes last written to each file, so a rebuild writes
/// only files whose bytes change and reads nothing back, and the fingerprint each page was
/// rendered from, so an unchanged page is not rendered at all.
/// </summary>
internal sealed class OutputMemory(IncrementalState state) : IOutputMemory
{
    /// <summary>Fingerprints of pages being made and digests of bytes being written, on record once their file is written.</summary>
    private readonly ConcurrentDictionary<string, ulong> _making = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _writing = new(StringComparer.Ordinal);

    public bool ComparesCopies => true;

    public bool NeedsRendering(PageRequest page)
    {
        // The folder is ours: a fingerprint on record means its file was written, and is still there.
        var fingerprint = PageFingerprint.Of(page);
        if (state.Pages.TryGetValue(page.Destination, out var known) && known == fingerprint) return false;
        _making[page.Destination] = fingerprint;
        state.CountRender();
        return true;
    }

    public bool NeedsMaking(string destination, LazyText text)
    {
        var fingerprint = PageFingerprint.Of(destination, text.Inputs());
        if (state.Pages.TryGetValue(destination, out var known) && known == fingerprint) return false;
        _making[destination] = fingerprint;
        return true;
    }

    public bool Holds(string destination, string path, ReadOnlySpan<byte> bytes)
    {
        var digest = XxHash128.HashToUInt128(bytes);
        var unchanged = state.Written.TryGetValue(destination, out var known) ? known == digest : SameAsFile(path, bytes);
        if (unchanged) Record(destination, digest);
        else _writing[destination] = digest;
        return unchanged;
    }

    public void Wrote(string destination)
    {
        if (!_writing.TryRemove(destination, out var digest)) return;
        Record(destination, digest);
        state.CountWrite();
        state.Changed(destination);
    }

    /// <summary>The file holds what its page or text was made from: so a build that fails midway leaves no fingerprint of a file not written.</summary>
    private void Record(string destination, UInt128 digest)
    {
        state.Written[destination] = digest;
        if (_making.TryRemove(destination, out var fingerprint)) state.Pages[destination] = fingerprint;
    }

    /// <summary>For a file this session has not written yet (a preview folder left by an earlier one).</summary>
    private static bool SameAsFile(string path, ReadOnlySpan<byte> bytes) =>
        File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
}
