using SiteGen.Documents;
using SiteGen.Incremental;
using System.Collections.Concurrent;
using System.Text;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines;

/// <summary>
/// Writes output files: each page renders into a reused memory buffer and goes to its file in one
/// write. What it may skip (pages whose inputs did not change, bytes already in their file) its
/// <see cref="IOutputMemory"/> says.
/// </summary>
internal sealed class OutputWriter(string folder, IOutputMemory memory) : IPageSink
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly PageRenderer.FolderCache _folders = new();
    private readonly ConcurrentBag<PageBuffer> _buffers = [];

    public string Folder { get; } = folder;

    public void Write(string destination, ReadOnlySpan<byte> bytes)
    {
        var path = OutputPaths.Resolve(Folder, destination);
        if (memory.Holds(destination, path, bytes)) return;
        _folders.Ensure(Path.GetDirectoryName(path)!);
        // One open and one write per file: no stream object, no buffer of its own. A file already
        // there is written over, then cut to its new length if it was longer: emptying it first
        // (FileMode.Create) frees and discards every block on an ext4 disk, ten times the cost of
        // the write (0.4 against 0.04 ms a page): most of a preview rebuild's writing.
        using (var file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read))
        {
            RandomAccess.Write(file, bytes, 0);
            if (RandomAccess.GetLength(file) > bytes.Length) RandomAccess.SetLength(file, bytes.Length);
        }
        memory.Wrote(destination);
    }

    public void Copy(string source, string destination)
    {
        if (memory.ComparesCopies)
        {
            Write(destination, File.ReadAllBytes(source));
            return;
        }
        var path = OutputPaths.Resolve(Folder, destination);
        _folders.Ensure(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
    }

    /// <summary>
    /// A file of the image cache, which nothing ever writes to again: a hard link when the output
    /// is on the cache's file system (no byte copied: a thousand photos publish in a second), else
    /// a copy. A build into a folder it compares with (serve) copies, so it never links.
    /// </summary>
    public void Link(string source, string destination)
    {
        if (memory.ComparesCopies || !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Copy(source, destination);
            return;
        }
        var path = OutputPaths.Resolve(Folder, destination);
        _folders.Ensure(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) File.Delete(path);
        if (!TryHardLink(source, path)) File.Copy(source, path, overwrite: true);
    }

    /// <summary>A hard link through libc's link(2); false when it fails (another file system) or libc cannot be called.</summary>
    private static bool TryHardLink(string source, string path)
    {
        try { return HardLink(source, path) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int HardLink(string existing, string link);

    public bool NeedsRendering(PageRequest page) => memory.NeedsRendering(page);

    public bool NeedsMaking(string destination, LazyText text) => memory.NeedsMaking(destination, text);

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
