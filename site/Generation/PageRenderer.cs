using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TransitionLab.Site.Generation;

/// <summary>
/// Renders page models to HTML with ASP.NET Core's <see cref="HtmlRenderer"/>. One per rendering
/// worker (see <c>SiteGenerator</c>): the renderer owns a dispatcher and a service provider, both
/// worth reusing across pages, and its dispatcher renders one page at a time.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    /// <summary>
    /// HtmlRenderer keeps every root component it rendered, with its render tree, until it is
    /// disposed. Over 10,000 pages, a fresh renderer every 200 pages let the build's peak memory reach
    /// 830 MiB once pages rendered fast: the retired trees had lived long enough to reach the old
    /// generation. Every 50 pages they die young: about 470 MiB, and less time in the collector.
    /// </summary>
    private const int RecycleAfter = 50;

    private readonly ServiceProvider _services;
    private HtmlRenderer _renderer;
    private readonly SiteContext _site;
    private int _rendered;

    /// <summary>A renderer for the pages of one site.</summary>
    public PageRenderer(SiteContext site)
    {
        _site = site;
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            // The pages are UTF-8: letters such as ë and é and dashes go out as themselves, not as numbered
            // references. Markup characters (< > & ' ") are still encoded.
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>Renders one page to a complete HTML document.</summary>
    public async Task<string> RenderAsync(SitePage page)
    {
        await using var writer = new StringWriter();
        await RenderToAsync(page, writer);
        return writer.ToString();
    }

    /// <summary>Renders one page as a complete HTML document into <paramref name="writer"/>, without building a string first.</summary>
    public async Task RenderToAsync(SitePage page, TextWriter writer)
    {
        if (++_rendered > RecycleAfter)
        {
            await _renderer.DisposeAsync();
            _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
            _rendered = 1;
        }
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            ["Page"] = page,
            ["Site"] = _site,
        });
        // HtmlRenderer only accepts calls on its own dispatcher; it runs one render at a time.
        await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await _renderer.RenderComponentAsync(page.Component, parameters);
            writer.Write("<!DOCTYPE html>\n");
            root.WriteHtmlTo(new IndentationDroppingWriter(writer));
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
