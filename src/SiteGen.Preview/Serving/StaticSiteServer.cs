using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SiteGen.Serving;

/// <summary>
/// Serves a built site from its output folder on 127.0.0.1, under the site's base path, as a
/// static host would: folder URLs give their index.html, unknown paths the site's 404.html.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The policy the site is built to hold (<see cref="SecurityPolicy"/>), sent with every response.</summary>
    public const string ContentSecurityPolicy = SiteGen.Theme.Rendering.SecurityPolicy.ContentSecurityPolicy;

    /// <summary>The site's root, such as http://127.0.0.1:5123/news/.</summary>
    public Uri Address { get; }

    /// <param name="preview">In serve mode: the live-reload endpoints, and the script injected into every page served.</param>
    public static async Task<StaticSiteServer> StartAsync(string outputFolder, string basePath, int port = 0,
        PreviewHooks? preview = null, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(outputFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        // The host that embeds the server owns the process's signals: the generic host's console
        // lifetime would swallow SIGINT and SIGTERM (cancelling them) and stop only itself.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var prefix = "/" + basePath.Trim('/');
        app.Use(LoopbackHosts.Guard);
        preview?.Map(app);
        if (prefix != "/") app.UsePathBase(prefix);
        app.Use(async (context, next) =>
        {
            // Outside the base path there is nothing, as on the real host.
            if (prefix != "/" && !context.Request.PathBase.HasValue) { context.Response.StatusCode = 404; return; }
            await next();
        });
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            await next();
        });
        if (preview is not null) app.Use((context, next) => preview.ServePageAsync(context, root, next));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // Pagefind's index files (.pf_meta, .pf_index, .pf_fragment, .pagefind) have no registered type.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = 404;
            var notFound = Path.Combine(root, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        await app.StartAsync(cancellationToken);
        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new StaticSiteServer(app, new Uri(bound, prefix.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A host lifetime that waits for nothing and listens to no signal.</summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
