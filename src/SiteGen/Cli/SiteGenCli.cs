using System.CommandLine;
using SiteGen.Building;
using SiteGen.Content.Loading;

namespace SiteGen.Cli;

/// <summary>The command line: verbs, options and exit codes (0 built, 1 content errors, 2 bad usage).</summary>
public static class SiteGenCli
{
    public const int Success = 0, ContentErrors = 1, UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output", "-o") { Description = "The folder the site is written to; replaced whole on success.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "Overrides site.yml's baseUrl, e.g. https://example.org/news/.", CustomParser = ParseBaseUrl };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles marked draft: true." };
        var future = new Option<bool>("--future") { Description = "Include articles whose publishDate is in the future." };
        var expired = new Option<bool>("--expired") { Description = "Include articles whose expiryDate has passed." };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (Pagefind)." };
        var verbose = new Option<bool>("--verbose") { Description = $"Print every warning (otherwise the first {DiagnosticPrinter.PerId} of each kind, then a count)." };

        var build = new Command("build", "Build the site from the input folder into the output folder.")
        {
            input, output, baseUrl, drafts, future, expired, noSearch, verbose,
        };
        build.SetAction(async (parse, token) =>
        {
            var options = new BuildOptions(DateTimeOffset.UtcNow, parse.GetValue(drafts), parse.GetValue(future), parse.GetValue(expired));
            var request = new BuildRequest(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(baseUrl), options) { Search = !parse.GetValue(noSearch) };
            return await BuildCommand.RunAsync(request, stdout, stderr, token, parse.GetValue(verbose));
        });

        var translationsInput = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
        var translations = new Command("translations", "List the articles missing a translation and the translations older than their source.")
        {
            translationsInput,
        };
        translations.SetAction((parse, token) => TranslationsCommand.RunAsync(parse.GetValue(translationsInput)!,
            new BuildOptions(DateTimeOffset.UtcNow), stdout, stderr, token));

        var checkInput = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
        var checkBaseUrl = new Option<Uri?>("--base-url") { Description = "Overrides site.yml's baseUrl.", CustomParser = ParseBaseUrl };
        var checkVerbose = new Option<bool>("--verbose") { Description = "Print every warning." };
        var check = new Command("check", "Check the content, then every internal link, anchor and asset of the built site (external links are listed, not fetched).")
        {
            checkInput, checkBaseUrl, checkVerbose,
        };
        check.SetAction((parse, token) => CheckCommand.RunAsync(parse.GetValue(checkInput)!, parse.GetValue(checkBaseUrl), stdout, stderr, token,
            parse.GetValue(checkVerbose)));

        var newInput = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
        var newLanguage = new Option<string>("--lang") { Description = "The article's language, such as fr or en.", Required = true };
        var newTitle = new Option<string>("--title") { Description = "The article's title; the slug is made from it.", Required = true };
        var newTopics = new Option<string?>("--topics") { Description = "Topic ids, separated by commas, such as tiktok,amazon." };
        var translationOf = new Option<string?>("--translation-of") { Description = "The translationKey of the article this one translates." };
        var newArticle = new Command("article", "Write a new draft article with valid front matter; never overwrites a file.")
        {
            newInput, newLanguage, newTitle, newTopics, translationOf,
        };
        newArticle.SetAction((parse, _) => NewArticleCommand.RunAsync(new NewArticleCommand.Options(
            parse.GetValue(newInput)!, parse.GetValue(newLanguage)!, parse.GetValue(newTitle)!,
            (parse.GetValue(newTopics) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            parse.GetValue(translationOf), DateOnly.FromDateTime(DateTime.UtcNow)), stdout, stderr));
        var create = new Command("new", "Create content.") { newArticle };

        var serveInput = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1.", DefaultValueFactory = _ => 1313 };
        var hideDrafts = new Option<bool>("--no-drafts") { Description = "Hide drafts, as build does." };
        var serveFuture = new Option<bool>("--future") { Description = "Show articles whose publishDate is in the future." };
        var serveNoSearch = new Option<bool>("--no-search") { Description = "Keep no search index of the preview (Pagefind, updated in the background after edits)." };
        var serve = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on every change, with live reload and errors shown in the browser.")
        {
            serveInput, port, hideDrafts, serveFuture, serveNoSearch,
        };
        serve.SetAction((parse, token) => ServeCommand.RunAsync(parse.GetValue(serveInput)!, parse.GetValue(port), !parse.GetValue(hideDrafts), parse.GetValue(serveFuture),
            !parse.GetValue(serveNoSearch), stdout, token));

        var hugoSite = new Argument<string>("site") { Description = "The Hugo site's folder (where hugo.toml or config.toml is)." };
        var importInput = new Option<string>("--input", "-i") { Description = "The content folder to write.", DefaultValueFactory = _ => "input" };
        var importForce = new Option<bool>("--force") { Description = "Replace the content folder if it exists." };
        var importVerbose = new Option<bool>("--verbose") { Description = "Print every warning." };
        var hugo = new Command("hugo", "Write the content folder from a Hugo site: content, languages, taxonomies, static files, old addresses.")
        {
            hugoSite, importInput, importForce, importVerbose,
        };
        hugo.SetAction((parse, _) => ImportCommand.RunAsync(parse.GetValue(hugoSite)!, parse.GetValue(importInput)!, parse.GetValue(importForce),
            parse.GetValue(importVerbose), stdout, stderr));
        var import = new Command("import", "Bring content in from another generator.") { hugo };

        var root = new RootCommand("SiteGen builds a bilingual static news site from Markdown articles.") { build, check, serve, create, translations, import };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await stderr.WriteLineAsync($"sitegen: error: {error.Message}");
            var commands = root.Subcommands.Select(c => c.Name).ToList();
            if (args.Length > 0 && !commands.Contains(args[0]) && Rules.KeySuggestion.Nearest(args[0], commands) is { } nearest)
                await stderr.WriteLineAsync($"Did you mean 'sitegen {nearest}'?");
            await stderr.WriteLineAsync("Run 'sitegen --help' for the commands and their options.");
            return UsageError;
        }
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync("sitegen: error: no command given; try 'sitegen build'. Run 'sitegen --help' for all commands.");
            return UsageError;
        }
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }

    private static Uri? ParseBaseUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http"))
            return uri;
        result.AddError($"--base-url must be an absolute http or https address such as https://example.org/news/, not '{text}'.");
        return null;
    }
}
