using Microsoft.Playwright;
using TransitionLab.Tests.Shared;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// Completes a form with the keyboard alone, as someone who cannot use a mouse would: Tab from field to
/// field, type, choose with the arrow keys, tick with Space, send with Enter. At every stop it checks
/// that focus is visible and not covered (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11).
/// </summary>
public sealed class KeyboardForm(IPage page, string formSelector)
{
    private const int MostTabStops = 400;

    /// <summary>What was wrong with focus along the way (in Dutch, for the statement): invisible, off screen or under another element.</summary>
    public List<string> FocusProblems { get; } = [];

    /// <summary>
    /// Tabs through the page into the form and fills every required empty field: <paramref name="values"/>
    /// by field name, else a plain Dutch sentence, today's date, 1, the first choice. Checkboxes named in
    /// <paramref name="ticks"/> (name=value) are ticked. Ends by pressing Enter on the submit button.
    /// </summary>
    public async Task CompleteAsync(IReadOnlyDictionary<string, string> values, IReadOnlySet<string> ticks)
    {
        var inside = false;
        for (var stop = 0; stop < MostTabStops; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync();
            if (focused is null) continue;
            if (!focused.InForm) { if (inside) break; continue; }
            inside = true;
            if (await FocusProblemAsync() is { } problem) FocusProblems.Add($"{focused.Name}: {problem}");

            switch (focused.Kind)
            {
                case "submit":
                    await page.EvaluateAsync("() => { window.keyboardFormSent = true; }");
                    await page.Keyboard.PressAsync("Enter");
                    await NextDocumentAsync();
                    return;
                case "checkbox" or "radio" when ticks.Contains($"{focused.Name}={focused.Value}") && !focused.Checked:
                    await page.Keyboard.PressAsync("Space");
                    break;
                case "select-one" when values.TryGetValue(focused.Name, out var choice):
                    await page.Keyboard.PressAsync("Home");
                    for (var option = 0; option < 30 && await page.EvaluateAsync<string>("() => document.activeElement.value") != choice; option++)
                        await page.Keyboard.PressAsync("ArrowDown");
                    break;
                case "select-one" when focused.Required && focused.Value.Length == 0:
                    await page.Keyboard.PressAsync("ArrowDown");
                    break;
                case "date" when values.TryGetValue(focused.Name, out var isoDate):
                    await TypeDateAsync(isoDate);
                    break;
                case "date" when focused.Required && focused.Value.Length == 0:
                    await TypeDateAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
                    break;
                case "text" or "textarea" or "number" or "password" or "email" or "url"
                    when values.TryGetValue(focused.Name, out var typed):
                    await ClearAsync();
                    await page.Keyboard.TypeAsync(typed);
                    break;
                case "text" or "textarea" or "number" when focused.Required && focused.Value.Length == 0:
                    await page.Keyboard.TypeAsync(focused.Kind == "number" ? "1" : "Dit vullen we in met het toetsenbord.");
                    break;
            }
        }
        throw new InvalidOperationException($"the keyboard never reached the submit button of {formSelector} in {MostTabStops} tab stops");
    }

    /// <summary>Waits until the form's answer has replaced the page: the marker set before sending is gone.</summary>
    private async Task NextDocumentAsync()
    {
        var arrived = await Polling.Until(async () =>
        {
            try
            {
                return await page.EvaluateAsync<bool>("() => !window.keyboardFormSent && document.readyState !== 'loading'");
            }
            catch (PlaywrightException)
            {
                // The old document went away mid-question: the answer is on its way.
                return false;
            }
        }, TimeSpan.FromSeconds(60));
        if (!arrived) throw new TimeoutException($"sending {formSelector} did not lead to a new page within 60 s");
    }

    /// <summary>
    /// Types a date into the focused, empty date field. The order of its parts (day, month, year) follows
    /// the browser's system locale, which a page cannot read, so each order is tried and undone by keyboard
    /// (Backspace clears a part, Shift+Tab steps back a part) until the field holds the date.
    /// </summary>
    private async Task TypeDateAsync(string isoDate)
    {
        var (year, month, day) = (isoDate[..4], isoDate[5..7], isoDate[8..10]);
        foreach (var keys in new[] { day + month + year, month + day + year, year + month + day })
        {
            await page.Keyboard.TypeAsync(keys);
            if (await page.EvaluateAsync<string>("() => document.activeElement.value") == isoDate) return;
            for (var part = 0; part < 3; part++)
            {
                await page.Keyboard.PressAsync("Backspace");
                if (part < 2) await page.Keyboard.PressAsync("Shift+Tab");
            }
        }
        throw new InvalidOperationException($"could not type {isoDate} into the date field in any order of its parts");
    }

    private async Task ClearAsync()
    {
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
    }

    private sealed class Focused
    {
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Value { get; set; } = "";
        public bool Required { get; set; }
        public bool Checked { get; set; }
        public bool InForm { get; set; }
    }

    private Task<Focused?> FocusedAsync() => page.EvaluateAsync<Focused?>($$"""
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const kind = e.tagName === 'BUTTON' ? (e.type === 'submit' ? 'submit' : 'button') : (e.type ?? e.tagName.toLowerCase());
          return { name: e.name ?? '', kind, value: e.value ?? '', required: !!e.required, checked: !!e.checked,
                   inForm: !!e.closest({{System.Text.Json.JsonSerializer.Serialize(formSelector)}}) };
        }
        """);

    /// <summary>Null when the focused element is visible, outlined and on top; else what is wrong.</summary>
    public Task<string?> FocusProblemAsync() => FocusProblemAsync(page);

    /// <inheritdoc cref="FocusProblemAsync()"/>
    public static Task<string?> FocusProblemAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const outlined = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
          if (!outlined) return 'geen zichtbare focusrand';
          const r = e.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return 'het element met de focus is onzichtbaar';
          if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return 'het element met de focus staat buiten beeld';
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          if (top && top !== e && !e.contains(top) && !top.contains(e) && !(e.labels && [...e.labels].some(l => l.contains(top))))
            return `bedekt door ${top.tagName.toLowerCase()}${top.className ? '.' + top.className : ''}`;
          return null;
        }
        """);
}
