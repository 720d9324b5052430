using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>The screen sizes the accessibility tests use: the width WCAG's reflow criterion names, a common phone, a laptop.</summary>
public static class Viewports
{
    public static readonly ViewportSize SmallPhone = new() { Width = 320, Height = 640 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
}

/// <summary>Measurements of a rendered page's layout, taken in the browser.</summary>
public static class Layout
{
    /// <summary>How wide the page's scrollable area is: wider than the viewport means sideways scrolling.</summary>
    public static Task<int> PageWidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    /// <summary>Where the overflow starts: elements that end past the viewport while their parent does not.</summary>
    public static Task<string> WidestElementAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const vw = document.documentElement.clientWidth;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          const found = [];
          for (const e of document.body.querySelectorAll('*')) {
            const right = e.getBoundingClientRect().right;
            const parent = e.parentElement.getBoundingClientRect().right;
            if (right > vw + 0.5 && parent <= vw + 0.5) found.push(`${name(e)} in ${name(e.parentElement)} ends at ${Math.round(right)} px`);
          }
          return found.slice(0, 3).join('; ') || 'no single element';
        }
        """);
}
