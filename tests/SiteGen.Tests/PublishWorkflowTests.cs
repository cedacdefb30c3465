using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests;

/// <summary>The publishing workflow does what the README promises CI does.</summary>
public partial class PublishWorkflowTests
{
    private static readonly string Root = TestSite.RepositoryRoot;

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Root, ".github", "workflows", "publish.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string Text(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value ?? "" : "";

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>();

    [Fact]
    public async Task The_workflow_file_is_valid_against_the_workflow_schema()
    {
        var validator = Path.Combine(Root, "node_modules", ".bin", "action-validator");
        if (!File.Exists(validator)) Assert.Fail($"{validator} is missing: run 'npm ci' at the repository root ('dotnet test' does when npm is installed).");
        var workflow = Path.Combine(Root, ".github", "workflows", "publish.yml");

        (await Validate(validator, workflow)).ShouldBe((0, ""));

        // The validator does refuse a broken workflow: a misspelt key fails it.
        using var folder = new TemporaryFolder();
        var broken = folder.Combine("publish.yml");
        File.WriteAllText(broken, File.ReadAllText(workflow).Replace("runs-on:", "runs_on:"));
        (await Validate(validator, broken)).Exit.ShouldNotBe(0);
    }

    private static async Task<(int Exit, string Errors)> Validate(string validator, string workflow)
    {
        var start = new System.Diagnostics.ProcessStartInfo(validator, [workflow]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, process.ExitCode == 0 ? "" : await output + errors);
    }

    [Fact]
    public void It_also_publishes_on_a_schedule_so_scheduled_articles_go_live_without_a_commit()
    {
        var workflow = Workflow();
        var cron = ((YamlSequenceNode)Map(workflow, "on").Children[new YamlScalarNode("schedule")]).Children.Cast<YamlMappingNode>().Single();
        var fields = Text(cron, "cron").Split(' ');
        fields.Length.ShouldBe(5, "a cron line: minute hour day month weekday");
        fields[0].ShouldBeOneOf("*/15", "0", "*/5", "*/30");
        fields[1..].ShouldAllBe(f => f == "*", "every hour of every day");

        var jobs = Map(workflow, "jobs");
        Text(Map(jobs, "deploy"), "if").ShouldContain("github.event_name == 'schedule'");
        var steps = Steps(Map(jobs, "build")).ToList();
        Text(steps.Single(s => Text(s, "uses").StartsWith("actions/upload-pages-artifact", StringComparison.Ordinal)), "if").ShouldContain("schedule");
        Text(steps.Single(s => Text(s, "id") == "pages"), "if").ShouldContain("schedule");
        Text(steps.Single(s => Text(s, "run") == "dotnet test"), "if").ShouldBe("github.event_name != 'schedule'");
        steps.ShouldContain(s => Text(s, "run").Contains("sitegen\" build", StringComparison.Ordinal), "a scheduled run builds");
    }

    [Fact]
    public void It_runs_on_pushes_to_main_and_on_pull_requests()
    {
        var on = Map(Workflow(), "on");
        ((YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")]).Children.Select(c => ((YamlScalarNode)c).Value).ShouldBe(["main"]);
        on.Children.ContainsKey(new YamlScalarNode("pull_request")).ShouldBeTrue();
    }

    [Fact]
    public void It_runs_the_readmes_two_commands_and_the_link_check()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var commands = ReadmeCommands().Matches(readme.Split("## Two commands")[1].Split("```")[1])
            .Select(m => m.Groups[1].Value.Trim()).ToList();
        commands.ShouldBe(["dotnet run --project src/SiteGen -c Release -- build", "dotnet test"]);

        var build = Map(Map(Workflow(), "jobs"), "build");
        var runs = string.Join("\n", Steps(build).Select(s => Text(s, "run")));
        // The README's build command, compiled once: published, then run for the build and the check.
        runs.ShouldContain("dotnet test");
        runs.ShouldContain("dotnet publish src/SiteGen -c Release -r linux-x64 -o \"$RUNNER_TEMP/sitegen\"");
        runs.ShouldContain("\"$RUNNER_TEMP/sitegen/sitegen\" build");
        runs.ShouldContain("\"$RUNNER_TEMP/sitegen/sitegen\" check");
        runs.ShouldContain("CHROME_PATH=");
        runs.ShouldContain("npm ci");
        runs.ShouldContain("::add-matcher::.github/sitegen-matcher.json");
    }

    [Fact]
    public void Pull_requests_build_and_check_without_deploying()
    {
        var jobs = Map(Workflow(), "jobs");
        var deploy = Map(jobs, "deploy");
        Text(deploy, "if").ShouldContain("github.event_name == 'push'");
        Text(deploy, "needs").ShouldBe("build");
        Steps(deploy).Select(s => Text(s, "uses")).ShouldContain("actions/deploy-pages@v4");
        var upload = Steps(Map(jobs, "build")).Single(s => Text(s, "uses").StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Text(upload, "if").ShouldContain("push");
        Text(Map(upload, "with"), "path").ShouldBe("output");
    }

    [Fact]
    public void The_problem_matcher_reads_sitegen_and_dotnet_build_lines()
    {
        var matcher = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, ".github", "sitegen-matcher.json")));
        var pattern = matcher.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0].GetProperty("regexp").GetString()!;
        var regex = new Regex(pattern);

        var fromBuild = regex.Match("/repo/input/fr/articles/loi.md(3,7): error SG0103: 'date': 'hier' is not a date.");
        fromBuild.Success.ShouldBeTrue();
        (fromBuild.Groups[1].Value, fromBuild.Groups[2].Value, fromBuild.Groups[3].Value, fromBuild.Groups[5].Value).ShouldBe(("/repo/input/fr/articles/loi.md", "3", "7", "SG0103"));
        var fromCompiler = regex.Match("/repo/input/fr/articles/loi.md(3,7): error SG0103: 'date': 'hier' is not a date. [/repo/src/SiteGen/SiteGen.csproj]");
        fromCompiler.Groups[6].Value.ShouldBe("'date': 'hier' is not a date.");
    }

    [GeneratedRegex(@"^(dotnet [^#\n]+?)\s*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex ReadmeCommands();
}
