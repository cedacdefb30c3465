using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Content.Loading;
using SiteGen.Search;
using SiteGen.Serving;

namespace SiteGen.Tests;

/// <summary>
/// Serve keeps a Pagefind index of the preview, made behind the edits. Checked over HTTP as the
/// search page's script reads it: the entry file, each language's metadata, the fragments it names.
/// </summary>
public class PreviewSearchTests
{
    private static readonly ToolLocation Pagefind = new(TestSite.RepositoryRoot, Environment.GetEnvironmentVariable("PATH") ?? "");

    [Fact]
    public async Task Serve_indexes_the_preview_for_search_and_indexes_it_again_after_an_edit()
    {
        File.Exists(Path.Combine(TestSite.RepositoryRoot, "node_modules", ".bin", "pagefind")).ShouldBeTrue("npm ci installs Pagefind (tests/tools/install.sh)");
        using var site = TestSite.CopyOfSample();
        var log = new StringWriter();
        await using var session = await PreviewSession.StartAsync(site.Combine("input"), 0, new BuildOptions(TestSite.BuildDate), TextWriter.Synchronized(log),
            search: Pagefind);
        using var http = new HttpClient { BaseAddress = session.Address };

        await session.SearchIndexRun.WaitAsync(TimeSpan.FromSeconds(120));
        var before = await IndexedTextAsync(http, "fr");
        before.ShouldContain("TikTok");
        before.ShouldNotContain("Zygomorphique");
        log.ToString().ShouldContain("Search index updated in");

        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += report => { if (report.Succeeded) rebuilt.TrySetResult(); };
        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        await File.WriteAllTextAsync(article, (await File.ReadAllTextAsync(article)).TrimEnd() + "\n\nUn paragraphe zygomorphique ajouté pendant l'aperçu.\n");
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await session.SearchIndexRun.WaitAsync(TimeSpan.FromSeconds(120));

        var after = await IndexedTextAsync(http, "fr");
        after.ShouldContain("zygomorphique");
        (await IndexedTextAsync(http, "en")).ShouldNotContain("zygomorphique");
    }

    [Fact]
    public async Task Stopping_serve_while_it_indexes_stops_pagefind_and_leaves_nothing_behind()
    {
        using var site = TestSite.CopyOfSample();
        // A Pagefind that takes its time: serve is stopped while it runs (writing the scripts beside the index).
        var slow = site.Combine("tools", "node_modules", ".bin", "pagefind");
        Directory.CreateDirectory(Path.GetDirectoryName(slow)!);
        File.WriteAllText(slow, "#!/bin/sh\nsleep 120\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(slow, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var session = await PreviewSession.StartAsync(site.Combine("input"), 0, new BuildOptions(TestSite.BuildDate), TextWriter.Null,
            search: new ToolLocation(site.Combine("tools"), ""));
        var folder = Path.GetDirectoryName(session.Folder)!;
        var indexing = session.SearchIndexRun;
        var running = await PagefindsAsync(slow);
        var work = Regex.Match(File.ReadAllText($"/proc/{running[0]}/cmdline"), @"--site\0([^\0]+)").Groups[1].Value;
        Directory.Exists(work).ShouldBeTrue();
        indexing.IsCompleted.ShouldBeFalse();

        await session.DisposeAsync();

        indexing.IsCompleted.ShouldBeTrue();
        ProcessesNaming(slow).ShouldBeEmpty();
        Directory.Exists(Path.GetDirectoryName(work)).ShouldBeFalse("Pagefind's scratch site is removed");
        await Task.Delay(500);
        Directory.Exists(folder).ShouldBeFalse();
    }

    private static async Task<List<int>> PagefindsAsync(string program)
    {
        for (var tries = 0; tries < 600; tries++)
        {
            if (ProcessesNaming(program) is { Count: > 0 } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{program} was not started within a minute");
    }

    /// <summary>The processes whose command line names <paramref name="folder"/>.</summary>
    private static List<int> ProcessesNaming(string folder) =>
        Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => n.All(char.IsDigit)).Select(n => int.Parse(n))
            .Where(pid =>
            {
                try { return File.ReadAllText($"/proc/{pid}/cmdline").Contains(folder, StringComparison.Ordinal) && pid != Environment.ProcessId; }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            })
            .ToList();

    [Fact]
    public async Task Serve_without_search_writes_no_index()
    {
        using var site = TestSite.CopyOfSample();
        await using var session = await PreviewSession.StartAsync(site.Combine("input"), 0, new BuildOptions(TestSite.BuildDate), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = session.Address };

        await session.SearchIndexRun;
        (await http.GetAsync("pagefind/pagefind-entry.json")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    /// <summary>The text of every page of a language's index: its fragments, as the search script fetches them.</summary>
    private static async Task<string> IndexedTextAsync(HttpClient http, string language)
    {
        using var entry = JsonDocument.Parse(await http.GetStringAsync("pagefind/pagefind-entry.json"));
        var hash = entry.RootElement.GetProperty("languages").GetProperty(language).GetProperty("hash").GetString();
        var meta = await UnpackAsync(http, $"pagefind/pagefind.{hash}.pf_meta");
        var text = new StringBuilder();
        // The metadata is CBOR; the pages' fragment names are text strings in it.
        foreach (var fragment in Regex.Matches(meta, $@"{language}_[0-9a-f]{{7,}}").Select(m => m.Value).Where(h => h != hash).Distinct())
        {
            using var response = await http.GetAsync($"pagefind/fragment/{fragment}.pf_fragment");
            if (!response.IsSuccessStatusCode) continue; // an index chunk or filter name, not a page
            using var json = JsonDocument.Parse(Unpack(await response.Content.ReadAsByteArrayAsync()));
            text.AppendLine(json.RootElement.GetProperty("content").GetString());
        }
        text.Length.ShouldBeGreaterThan(0, $"no page in the {language} index");
        return text.ToString();
    }

    private static async Task<string> UnpackAsync(HttpClient http, string path) => Unpack(await http.GetByteArrayAsync(path));

    /// <summary>Pagefind's files are gzip of "pagefind_dcd" then the data.</summary>
    private static string Unpack(byte[] file)
    {
        using var gzip = new GZipStream(new MemoryStream(file), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        var text = Encoding.UTF8.GetString(plain.ToArray());
        text.ShouldStartWith("pagefind_dcd");
        return text["pagefind_dcd".Length..];
    }
}
