using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// The sample's articles, site.yml and topics.yml broken at byte level (flips, truncations,
/// front-matter fences, colons, quotes, tabs, control bytes, invalid UTF-8): whatever the bytes,
/// <c>sitegen build</c> exits 0 or 1, never shows a stack trace, locates every failure in a file,
/// writes nothing outside its output folder and leaves the previous site as it was when it fails.
/// SITEGEN_FUZZ_CASES sets how many cases run (a few hundred by default; more locally).
/// </summary>
public partial class ContentFuzzTests
{
    private static readonly byte[][] Insertions =
    [
        "---\n"u8.ToArray(), ":"u8.ToArray(), ": "u8.ToArray(), "\""u8.ToArray(), "'"u8.ToArray(), "\t"u8.ToArray(),
        "\n"u8.ToArray(), "- "u8.ToArray(), "["u8.ToArray(), "{"u8.ToArray(), "&a "u8.ToArray(), "*a"u8.ToArray(),
        "#"u8.ToArray(), "<script>"u8.ToArray(), "](javascript:x)"u8.ToArray(), [0x00], [0x07], [0x1b], [0x7f],
        [0xff], [0xc3, 0x28], [0xe2, 0x82], [0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80],
    ];

    /// <summary>One change to a file's bytes; positions are fractions of its length so they fit any file.</summary>
    private sealed record Mutation(int Kind, double At, int Insertion, int Bit)
    {
        public byte[] Apply(byte[] bytes)
        {
            var at = Math.Min(bytes.Length, (int)(At * bytes.Length));
            switch (Kind)
            {
                case 0 when bytes.Length > 0:
                    var flipped = (byte[])bytes.Clone();
                    flipped[Math.Min(at, bytes.Length - 1)] ^= (byte)(1 << Bit);
                    return flipped;
                case 1: return bytes[..at];
                case 2 when at < bytes.Length: return [.. bytes[..at], .. bytes[(at + 1)..]];
                default: return [.. bytes[..at], .. Insertions[Insertion], .. bytes[at..]];
            }
        }

        public override string ToString() => $"{(Kind switch { 0 => "flip", 1 => "truncate", 2 => "delete", _ => "insert" })}@{At:0.###}#{Insertion}/{Bit}";
    }

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[0, Insertions.Length - 1], Gen.Int[0, 7])
            .Select((kind, at, insertion, bit) => new Mutation(kind, at, insertion, bit));

    private static readonly string[] Targets = SampleTargets();

    [GeneratedRegex(@"^/.+\(\d+,\d+\): error SG\d{4}: \S", RegexOptions.Multiline)]
    private static partial Regex LocatedError();

    [Fact]
    public void Broken_bytes_in_any_content_file_give_located_errors_and_leave_the_site_whole()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_CASES"), out var n) ? n : 300;
        using var site = TestSite.CopyOfSample();
        var input = site.Combine("input");
        var output = site.Combine("output");
        var pristine = Targets.ToDictionary(t => t, t => File.ReadAllBytes(Path.Combine(input, t)));
        Run(input, output).Exit.ShouldBe(0);
        File.WriteAllText(site.Combine("beside-the-output.txt"), "must stay");

        Gen.Select(Gen.Int[0, Targets.Length - 1], Mutations.Array[1, 3]).Sample((target, mutations) =>
        {
            foreach (var (file, bytes) in pristine) File.WriteAllBytes(Path.Combine(input, file), bytes);
            var broken = mutations.Aggregate(pristine[Targets[target]], (bytes, mutation) => mutation.Apply(bytes));
            File.WriteAllBytes(Path.Combine(input, Targets[target]), broken);
            var outside = TestSite.Tree(site.Path).Where(e => !e.Key.StartsWith("output" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToDictionary();
            var before = TestSite.Tree(output);

            var (exit, stdout, stderr) = Run(input, output);

            var printed = stdout + stderr;
            var context = $"{Targets[target]} {string.Join(' ', mutations.Select(m => m.ToString()))}\n{stderr}";
            exit.ShouldBeOneOf([0, 1], context);
            printed.ShouldNotContain("   at ", Case.Sensitive, context);
            printed.ShouldNotContain("Exception", Case.Sensitive, context);
            if (exit == 1)
            {
                LocatedError().IsMatch(stderr).ShouldBeTrue(context);
                TestSite.Tree(output).ShouldBe(before, context);
            }
            TestSite.Tree(site.Path).Where(e => !e.Key.StartsWith("output" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToDictionary()
                .ShouldBe(outside, context);
        }, iter: cases, threads: 1);
    }

    private static (int Exit, string Out, string Err) Run(string input, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = SiteGenCli.RunAsync(["build", "--input", input, "--output", output, "--no-search"], stdout, stderr).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] SampleTargets() =>
        Directory.EnumerateFiles(TestSite.SampleInput, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestSite.SampleInput, f))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
