namespace SiteGen.Incremental;

/// <summary>
/// The paths under the input folder that changed since the last build, as a file watcher reports
/// them, so that a rebuild looks at those files only; or "unknown" (without a watcher, and after
/// the watcher lost events), and then a rebuild looks at every file.
/// </summary>
public sealed class InputChanges
{
    private readonly Lock _gate = new();
    private HashSet<string>? _paths;
    private bool _watched;

    /// <summary>A watcher reports every change from now on.</summary>
    public void Watch()
    {
        lock (_gate)
        {
            _watched = true;
            _paths = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>A file or folder was created, changed, deleted, or renamed from or to this path.</summary>
    public void Changed(string path)
    {
        lock (_gate) _paths?.Add(Path.GetFullPath(path));
    }

    /// <summary>Events may have been missed: the next build looks at every file.</summary>
    public void Unknown()
    {
        lock (_gate) _paths = null;
    }

    /// <summary>The paths changed since the last <see cref="Take"/>, left on record for it (null: unknown).</summary>
    internal IReadOnlyCollection<string>? Peek()
    {
        lock (_gate) return _paths?.ToList();
    }

    /// <summary>The paths changed since the last call (null: unknown); from now on, changes are recorded.</summary>
    internal HashSet<string>? Take()
    {
        lock (_gate)
        {
            var taken = _paths;
            _paths = _watched ? new HashSet<string>(StringComparer.Ordinal) : null;
            return taken;
        }
    }
}
