using System.Text;
using SiteGen.Building;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines;

/// <summary>
/// Writes output files. In serve mode (with an <see cref="IncrementalState"/>) it renders each page
/// into memory and writes only the files whose bytes changed, so a rebuild touches what it must.
/// </summary>
internal sealed class OutputWriter(string folder, IncrementalState? state) : IPageSink
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly PageRenderer.FolderCache _folders = new();

    public string Folder { get; } = folder;

    public void Write(string destination, byte[] bytes)
    {
        var path = OutputPaths.Resolve(Folder, destination);
        if (state is not null && File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        _folders.Ensure(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        state?.CountWrite();
    }

    public void Copy(string source, string destination)
    {
        var path = OutputPaths.Resolve(Folder, destination);
        if (state is not null && File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(source))) return;
        _folders.Ensure(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
        state?.CountWrite();
    }

    public bool NeedsRendering(PageRequest page)
    {
        if (state is null) return true;
        // The folder is ours: a fingerprint on record means its file was written and is still there.
        var fingerprint = PageFingerprint.Of(page);
        if (state.Pages.TryGetValue(page.Destination, out var previous) && previous == fingerprint) return false;
        state.Pages[page.Destination] = fingerprint;
        state.CountRender();
        return true;
    }

    /// <summary>Like <see cref="NeedsRendering"/>, for a text file made from <see cref="LazyText.Inputs"/>.</summary>
    public bool NeedsMaking(string destination, LazyText text)
    {
        if (state is null) return true;
        var fingerprint = PageFingerprint.Of(destination, text.Inputs);
        if (state.Pages.TryGetValue(destination, out var previous) && previous == fingerprint) return false;
        state.Pages[destination] = fingerprint;
        return true;
    }

    public TextWriter Open(string destination)
    {
        if (state is not null) return new StringWriter();
        var path = OutputPaths.Resolve(Folder, destination);
        _folders.Ensure(Path.GetDirectoryName(path)!);
        // FileShare.Read: no advisory lock to take and release for each of thousands of files.
        return new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1), Utf8, 1 << 16);
    }

    public async Task CloseAsync(string destination, TextWriter writer)
    {
        if (writer is StringWriter text) Write(destination, Utf8.GetBytes(text.ToString()));
        else await writer.DisposeAsync();
    }
}
