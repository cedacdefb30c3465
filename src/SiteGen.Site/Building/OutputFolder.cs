namespace SiteGen.Building;

/// <summary>
/// Where a build writes: a staging folder beside the output, swapped in only when the whole
/// build succeeded, so a failed or killed build leaves the previous site whole. Refuses output
/// folders that would destroy sources: the input folder, a folder containing it, a repository
/// root, a filesystem root or the home folder, and an existing folder SiteGen did not write.
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>Marks a folder as written by SiteGen, so a rebuild may replace it.</summary>
    public const string Marker = ".sitegen-output";

    private OutputFolder(string path)
    {
        Path = path;
        var parent = System.IO.Path.GetDirectoryName(path)!;
        var name = System.IO.Path.GetFileName(path);
        var unique = $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20];
        Staging = System.IO.Path.Combine(parent, $".{name}.staging-{unique}");
        Previous = System.IO.Path.Combine(parent, $".{name}.previous-{unique}");
    }

    public string Path { get; }
    public string Staging { get; }
    private string Previous { get; }

    /// <summary>Null with a reason when <paramref name="output"/> may not be written.</summary>
    public static OutputFolder? Open(string output, string input, out string? refusal)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(output));
        var inputFull = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(input));
        refusal = null;
        if (full == inputFull)
            refusal = $"The output folder '{output}' is the input folder; choose another, such as --output output.";
        else if (inputFull.StartsWith(full + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            refusal = $"The output folder '{output}' contains the input folder '{input}'; building would replace the sources. Choose another, such as --output output.";
        else if (System.IO.Path.GetDirectoryName(full) is null)
            refusal = $"The output folder '{output}' is a filesystem root; choose a folder of its own, such as --output output.";
        else if (full == System.IO.Path.TrimEndingDirectorySeparator(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
            refusal = $"The output folder '{output}' is the home folder; choose a folder of its own, such as --output output.";
        else if (Directory.Exists(System.IO.Path.Combine(full, ".git")) || File.Exists(System.IO.Path.Combine(full, ".git")))
            refusal = $"The output folder '{output}' is a repository root; choose a folder of its own, such as --output output.";
        else if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(System.IO.Path.Combine(full, Marker)))
            refusal = $"The output folder '{output}' already holds files that SiteGen did not write; empty it, remove it, or choose another --output.";
        return refusal is null ? new OutputFolder(full) : null;
    }

    /// <summary>
    /// Mends what a killed build left: its staging folders are removed, and if it was killed between
    /// the two renames of <see cref="Publish"/>, the previous site is put back. Only folders carrying
    /// SiteGen's marker are touched.
    /// </summary>
    public void RecoverFromInterruptedBuilds()
    {
        var parent = System.IO.Path.GetDirectoryName(Path)!;
        if (!Directory.Exists(parent)) return;
        var name = System.IO.Path.GetFileName(Path);
        bool Ours(string folder) => File.Exists(System.IO.Path.Combine(folder, Marker));
        if (!Directory.Exists(Path))
        {
            var previous = Directory.GetDirectories(parent, $".{name}.previous-*").Where(Ours)
                .OrderByDescending(Directory.GetLastWriteTimeUtc).FirstOrDefault();
            if (previous is not null) Directory.Move(previous, Path);
        }
        foreach (var stale in Directory.GetDirectories(parent, $".{name}.staging-*").Concat(Directory.GetDirectories(parent, $".{name}.previous-*")).Where(Ours))
            Directory.Delete(stale, recursive: true);
    }

    /// <summary>Serve mode writes into the output folder itself: it only needs to exist, marked as SiteGen's.</summary>
    public void CreateInPlace()
    {
        Directory.CreateDirectory(Path);
        var marker = System.IO.Path.Combine(Path, Marker);
        if (!File.Exists(marker)) File.WriteAllText(marker, "This folder is written by SiteGen; a build replaces it whole.\n");
    }

    /// <summary>Deletes every file of the output folder that the last build did not make, then the folders left empty.</summary>
    public void DeleteAllBut(IReadOnlySet<string> keep)
    {
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).ToList())
            if (!keep.Contains(file) && System.IO.Path.GetFileName(file) != Marker) File.Delete(file);
        foreach (var folder in Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length).ToList())
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }

    /// <summary>Deletes the given output files (relative paths), then their folders if left empty.</summary>
    public void Delete(IEnumerable<string> destinations)
    {
        foreach (var destination in destinations)
        {
            var file = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, destination));
            if (!file.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file)) continue;
            File.Delete(file);
            for (var folder = System.IO.Path.GetDirectoryName(file); folder is not null && folder != Path && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = System.IO.Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
    }

    public void CreateStaging()
    {
        Directory.CreateDirectory(Staging);
        File.WriteAllText(System.IO.Path.Combine(Staging, Marker), "This folder is written by SiteGen; a build replaces it whole.\n");
    }

    /// <summary>Replaces the output with the staging folder: two renames, then the old site is removed.</summary>
    public void Publish()
    {
        if (Directory.Exists(Path))
        {
            Directory.Move(Path, Previous);
            Directory.Move(Staging, Path);
            DeleteTree(Previous);
        }
        else
        {
            Directory.Move(Staging, Path);
        }
    }

    public void Discard()
    {
        if (Directory.Exists(Staging)) DeleteTree(Staging);
    }

    /// <summary>
    /// Deletes a finished or failed site, its folders two levels down side by side (/fr/articles/*
    /// holds most of it): one thread unlinking 23,000 files took 0.4 s on tmpfs at 10,000 articles.
    /// Symbolic links are removed as links, never followed.
    /// </summary>
    private static void DeleteTree(string root)
    {
        var folders = new List<string>();
        foreach (var top in Directory.GetDirectories(root))
        {
            if (new DirectoryInfo(top).LinkTarget is not null) continue;
            foreach (var folder in Directory.GetDirectories(top))
                if (new DirectoryInfo(folder).LinkTarget is null) folders.Add(folder);
        }
        Parallel.ForEach(folders, folder => Directory.Delete(folder, recursive: true));
        Directory.Delete(root, recursive: true);
    }
}
