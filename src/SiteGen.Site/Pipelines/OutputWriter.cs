using SiteGen.Documents;
using SiteGen.Incremental;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines;

/// <summary>
/// Writes output files. In serve mode (with an <see cref="IncrementalState"/>) it renders each page
/// into a reused memory buffer and writes only the files whose bytes changed, known by a digest of
/// what it last wrote there, so a rebuild touches what it must and reads nothing back.
/// </summary>
internal sealed class OutputWriter(string folder, IncrementalState? state) : IPageSink
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly PageRenderer.FolderCache _folders = new();
    private readonly ConcurrentBag<PageBuffer> _buffers = [];

    /// <summary>Fingerprints of pages being made, on record once their file is written.</summary>
    private readonly ConcurrentDictionary<string, ulong> _making = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    public void Write(string destination, ReadOnlySpan<byte> bytes)
    {
        var path = OutputPaths.Resolve(Folder, destination);
        UInt128 digest = default;
        if (state is not null)
        {
            digest = XxHash128.HashToUInt128(bytes);
            var unchanged = state.Written.TryGetValue(destination, out var known) ? known == digest : SameAsFile(path, bytes);
            if (unchanged)
            {
                Written(destination, digest);
                return;
            }
        }
        _folders.Ensure(Path.GetDirectoryName(path)!);
        // One open and one write per file: no stream object, no buffer of its own.
        using (var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.Read)) RandomAccess.Write(file, bytes, 0);
        if (state is null) return;
        Written(destination, digest);
        state.CountWrite();
    }

    /// <summary>The file holds what its page or text was made from: so a build that fails midway leaves no fingerprint of a file not written.</summary>
    private void Written(string destination, UInt128 digest)
    {
        state!.Written[destination] = digest;
        if (_making.TryRemove(destination, out var fingerprint)) state.Pages[destination] = fingerprint;
    }

    /// <summary>For a file this session has not written yet (a preview folder left by an earlier one).</summary>
    private static bool SameAsFile(string path, ReadOnlySpan<byte> bytes) =>
        File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    public void Copy(string source, string destination)
    {
        if (state is not null)
        {
            Write(destination, File.ReadAllBytes(source));
            return;
        }
        var path = OutputPaths.Resolve(Folder, destination);
        _folders.Ensure(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
    }

    public bool NeedsRendering(PageRequest page)
    {
        if (state is null) return true;
        // The folder is ours: a fingerprint on record means its file was written, and is still there.
        var fingerprint = PageFingerprint.Of(page);
        if (state.Pages.TryGetValue(page.Destination, out var previous) && previous == fingerprint) return false;
        _making[page.Destination] = fingerprint;
        state.CountRender();
        return true;
    }

    /// <summary>Like <see cref="NeedsRendering"/>, for a text file made from <see cref="LazyText.Inputs"/>.</summary>
    public bool NeedsMaking(string destination, LazyText text)
    {
        if (state is null) return true;
        var fingerprint = PageFingerprint.Of(destination, text.Inputs());
        if (state.Pages.TryGetValue(destination, out var previous) && previous == fingerprint) return false;
        _making[destination] = fingerprint;
        return true;
    }

    /// <summary>A page renders into a reused buffer, then goes to its file in one write.</summary>
    public TextWriter Open(string destination) => _buffers.TryTake(out var buffer) ? buffer : new PageBuffer();

    public Task CloseAsync(string destination, TextWriter writer)
    {
        var buffer = writer as PageBuffer ?? throw new InvalidOperationException("This writer was not opened by the output writer.");
        buffer.Flush();
        Write(destination, buffer.Bytes);
        buffer.Clear();
        _buffers.Add(buffer);
        return Task.CompletedTask;
    }

    /// <summary>A UTF-8 writer into a memory buffer, used page after page: once warm, a page allocates nothing here.</summary>
    private sealed class PageBuffer() : StreamWriter(new MemoryStream(1 << 16), Utf8, 1 << 12)
    {
        public ReadOnlySpan<byte> Bytes => ((MemoryStream)BaseStream).GetBuffer().AsSpan(0, (int)BaseStream.Length);

        public void Clear() => BaseStream.SetLength(0);
    }
}
