using SiteGen.Incremental;
using CsCheck;
using SiteGen.Building;
using SiteGen.Content.Loading;

namespace SiteGen.Tests;

/// <summary>
/// Random sites and random sequences of edits (titles, dates, topics, translations, events, new and
/// deleted articles): after each step, the preview rebuilt from the watcher's paths equals a full
/// build, file for file. Small pages make topic pages come and go.
/// </summary>
public class IncrementalPropertyTests
{
    private static readonly string[] Topics = ["tiktok", "amazon", "social-commerce", "regulation", "creators"];

    /// <summary>An article in slot n: French for even slots, English for odd ones; slots 2k and 2k+1 may be translations of each other.</summary>
    private sealed record Spec(int Day, int TopicMask, bool Paired, int[] Events, int Title)
    {
        public string Text(int slot)
        {
            var topics = Topics.Where((_, i) => (TopicMask >> i & 1) == 1).DefaultIfEmpty(Topics[slot % Topics.Length]);
            var events = Events.Select((e, i) => $"  - date: 2024-0{e % 9 + 1}\n    title: Fait {e}\n" + (e % 3 == 0 ? "" : $"    id: fait-{e % 4}\n")
                + $"    topics: [{Topics[(e + i) % Topics.Length]}]\n");
            return "---\n"
                + $"title: Article {slot} version {Title}\n"
                + $"date: 2025-0{Day % 9 + 1}-1{Day % 10}\n"
                + $"topics: [{string.Join(", ", topics)}]\n"
                + (Paired ? $"translationKey: pair-{slot / 2}\n" : "")
                + (Events.Length > 0 ? "events:\n" + string.Concat(events) : "")
                + "---\n"
                + $"Texte de l’article {slot}, version {Title}.\n";
        }
    }

    private static readonly Gen<Spec> Specs =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, 31], Gen.Bool, Gen.Int[0, 11].Array[0, 2], Gen.Int[0, 3])
            .Select((day, topics, paired, events, title) => new Spec(day, topics, paired, events, title));

    private const int Slots = 10;

    /// <summary>What each slot holds after a step: null, no file; else the article's content.</summary>
    private static readonly Gen<Spec?[]> Sites = Gen.Select(Specs.Array[Slots], Gen.Bool.Array[Slots])
        .Select((specs, present) => specs.Select((s, i) => present[i] ? s : null).ToArray());

    /// <summary>A step changes a few slots: a new content, or the file deleted.</summary>
    private static readonly Gen<(int Slot, Spec? Spec)[]> Steps = Gen.Select(Gen.Int[0, Slots - 1], Specs, Gen.Int[0, 4])
        .Select((slot, spec, delete) => (slot, delete == 0 ? null : (Spec?)spec))
        .Array[1, 3];

    [Fact]
    public void A_preview_rebuilt_after_random_edits_equals_a_full_build()
    {
        Gen.Select(Sites, Steps.Array[1, 4]).Sample((initial, steps) =>
        {
            using var site = new TemporaryFolder();
            var input = site.Combine("input");
            Directory.CreateDirectory(Path.Combine(input, "fr", "articles"));
            Directory.CreateDirectory(Path.Combine(input, "en", "articles"));
            File.WriteAllText(Path.Combine(input, "site.yml"), File.ReadAllText(Path.Combine(TestSite.SampleInput, "site.yml")).Replace("pageSize: 20", "pageSize: 2").Replace("logo: /assets/images/logo.png\n", ""));
            File.Copy(Path.Combine(TestSite.SampleInput, "topics.yml"), Path.Combine(input, "topics.yml"));
            string PathOf(int slot) => Path.Combine(input, slot % 2 == 0 ? "fr" : "en", "articles", $"a{slot}.md");
            for (var slot = 0; slot < Slots; slot++)
                if (initial[slot] is { } spec) File.WriteAllText(PathOf(slot), spec.Text(slot));

            var state = new IncrementalState();
            state.InputChanges.Watch();
            BuildRequest Preview() => new(input, site.Combine("preview"), null, new BuildOptions(TestSite.BuildDate)) { Search = false, Incremental = state };
            Build(Preview());
            foreach (var step in steps)
            {
                foreach (var (slot, spec) in step)
                {
                    if (spec is null) File.Delete(PathOf(slot));
                    else File.WriteAllText(PathOf(slot), spec.Text(slot));
                    state.InputChanges.Changed(PathOf(slot));
                }
                Build(Preview());
                var full = site.Combine("full");
                if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
                Build(new BuildRequest(input, full, null, new BuildOptions(TestSite.BuildDate)) { Search = false });
                TestSite.Tree(site.Combine("preview")).ShouldBe(TestSite.Tree(full));
            }
        }, iter: 15, threads: 1);
    }

    private static void Build(BuildRequest request)
    {
        var report = SiteBuilder.BuildAsync(request).GetAwaiter().GetResult();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
    }
}
