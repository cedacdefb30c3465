using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Pipelines;

/// <summary>
/// The files of the input folder, with symbolic links held to it: a link whose target is inside
/// the folder is listed at the link's path (a linked folder with its files), and a link that leads
/// out of it, or to nothing, is a located error whose target is never opened. Without this, a
/// link to any file of the machine with front matter in it would be published.
/// </summary>
internal sealed class InputListing(string root)
{
    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
    private const int MaxLinkHops = 40;

    private readonly string _realRoot = RealPath(root) ?? root;

    /// <summary>The links the last listing met: a listed file that is not one needs no look at the disk.</summary>
    private readonly HashSet<string> _links = new(StringComparer.Ordinal);

    /// <summary>Every file under the folder, in ordinal order.</summary>
    public List<string> Files(IExecutionContext context)
    {
        var files = new List<string>();
        var expanded = new HashSet<string>(StringComparer.Ordinal) { _realRoot };
        var folders = new Stack<string>([root]);
        while (folders.Count > 0)
        {
            foreach (var (path, isLink) in Entries(folders.Pop()))
            {
                if (isLink) _links.Add(path);
                // A link to a folder of the input is listed through the link, once (links may loop).
                if (!isLink || !Directory.Exists(path)) files.Add(path);
                else if (Allowed(path, context, listed: true) && expanded.Add(RealPath(path)!)) folders.Push(path);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Whether a listed file may be read: true for a plain file, and for a link that resolves inside
    /// the input folder; a link out of it is reported here. (Files under a linked folder were
    /// checked with the folder: the watcher never reports paths beneath a link.)
    /// </summary>
    /// <param name="listed">The path comes from <see cref="Files"/>, which saw whether it is a link; else (a path a watcher reported) the disk is asked.</param>
    public bool Allowed(string path, IExecutionContext context, bool listed = false)
    {
        if (listed ? !_links.Contains(path) : !IsLink(path)) return true;
        var target = RealPath(path);
        var exists = target is not null && (File.Exists(target) || Directory.Exists(target));
        if (exists && (target == _realRoot || target!.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            return true;
        context.Report(Diagnostic.Error(DiagnosticKind.LinkOutOfInput.Id,
            exists
                ? $"This symbolic link points to '{target}', outside the input folder; it is not read. Copy the file into the input folder instead, or link to a file inside it."
                : $"This symbolic link points to '{new FileInfo(path).LinkTarget}', which does not exist; remove the link, or point it at a file inside the input folder.",
            new SourceLocation(SourcePaths.Display(path), 1, 1)));
        return false;
    }

    /// <summary>One lstat: whether the path itself is a symbolic link.</summary>
    private static bool IsLink(string path)
    {
        try { return File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint); }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static IEnumerable<(string Path, bool IsLink)> Entries(string folder) =>
        new System.IO.Enumeration.FileSystemEnumerable<(string, bool)>(folder,
            (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            Everything)
        {
            // Folders that are links are not entered by the enumeration: they come back as entries, checked first.
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    /// <summary>The path with every link along it resolved, as realpath(3) gives it; null if it leads nowhere.</summary>
    internal static string? RealPath(string path)
    {
        var pending = new Stack<string>(Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..") { current = Path.GetDirectoryName(current) ?? current; continue; }
            var next = Path.Combine(current, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (IOException) { return null; }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? "/";
            foreach (var piece in target.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse()) pending.Push(piece);
        }
        return current;
    }
}
