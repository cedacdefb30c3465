using SiteGen.Rules;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SiteGen.Pipeline;

namespace SiteGen.Serving;

/// <summary>
/// What serve mode adds to the static server: a server-sent-events stream that tells open pages
/// to reload or to show the build's errors, the small script that listens to it (a file, so the
/// content security policy still holds), and the injection of that script into pages as they are
/// served. The files in the output folder are never changed.
/// </summary>
public sealed class PreviewHooks
{
    public const string Prefix = "/__sitegen/";
    private const string ScriptTag = "<script src=\"" + Prefix + "live.js\" defer></script>";

    private readonly object _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string _state = Message("waiting", "[]");

    /// <summary>
    /// Tells the open pages that build <paramref name="build"/> is ready, and which of them it
    /// changed (site paths such as /fr/articles/loi/): those reload. Null: every page reloads.
    /// </summary>
    public void SiteRebuilt(int build, IReadOnlyList<string>? pages = null) => Broadcast(Message("reload", ReloadJson(build, pages)));

    /// <summary>{"build":3,"pages":["/fr/articles/loi/"]}, without "pages" when every page is concerned.</summary>
    internal static string ReloadJson(int build, IReadOnlyList<string>? pages)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("build", build);
            if (pages is not null)
            {
                json.WriteStartArray("pages");
                foreach (var page in pages) json.WriteStringValue(page);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Tells every open page to show these errors over the last good site.</summary>
    public void BuildFailed(IEnumerable<Diagnostic> diagnostics) => Broadcast(Message("errors", ErrorsJson(diagnostics)));

    /// <summary>The errors as the page's script reads them, written field by field (no reflection: sitegen is compiled ahead of time).</summary>
    internal static string ErrorsJson(IEnumerable<Diagnostic> diagnostics)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics.Where(d => d.IsError))
            {
                json.WriteStartObject();
                json.WriteString("file", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("id", d.Id);
                json.WriteString("message", d.Message);
                json.WriteString("text", d.ToString());
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public bool HasSite { get; set; }

    /// <summary>Answers /__sitegen/ requests first, outside the site's base path.</summary>
    internal void Map(WebApplication app) => app.Use(async (context, next) =>
    {
        switch (context.Request.Path.Value)
        {
            case Prefix + "events": await StreamAsync(context); break;
            case Prefix + "live.js": await Send(context, "live.js", "text/javascript; charset=utf-8"); break;
            case Prefix + "live.css": await Send(context, "live.css", "text/css; charset=utf-8"); break;
            default: await next(); break;
        }
    });

    private static async Task Send(HttpContext context, string resource, string type)
    {
        context.Response.ContentType = type;
        await context.Response.WriteAsync(Resource(resource), context.RequestAborted);
    }

    /// <summary>Serves HTML pages with the live script added; before the first good build, a page that waits for it.</summary>
    internal async Task ServePageAsync(HttpContext context, string root, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!HasSite)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SiteGen preview</title>{ScriptTag}</head><body><main><h1>Waiting for a successful build…</h1></main></body></html>");
            return;
        }
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.EndsWith(".html", StringComparison.Ordinal) || !file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            await next();
            return;
        }
        var html = await File.ReadAllTextAsync(file, context.RequestAborted);
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + ScriptTag : html.Insert(at, ScriptTag);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _clients.Add(channel);
            channel.Writer.TryWrite(_state);
        }
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            lock (_gate) _clients.Remove(channel);
        }
    }

    /// <summary>Ends every event stream, so the server can stop without waiting for open pages.</summary>
    public void Close()
    {
        lock (_gate)
            foreach (var client in _clients) client.Writer.TryComplete();
    }

    private void Broadcast(string message)
    {
        lock (_gate)
        {
            _state = message;
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }

    private static string Message(string kind, string data) => $"event: {kind}\ndata: {data}\n\n";

    private static string Resource(string name)
    {
        using var stream = typeof(PreviewHooks).Assembly.GetManifestResourceStream("Serving/" + name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
