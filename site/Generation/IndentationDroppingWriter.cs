using System.Text;

namespace TransitionLab.Site.Generation;

/// <summary>
/// Passes HTML on without the spaces and tabs that start a line. The Razor templates are indented for their
/// readers, and the renderer copies that indentation into every page: about a sixth of an experiment page's bytes.
/// A browser collapses it into the line break before it, so dropping it changes nothing on screen, except inside
/// <c>pre</c> and <c>textarea</c>, whose text is kept as it is.
/// </summary>
internal sealed class IndentationDroppingWriter(TextWriter inner) : TextWriter
{
    private const int LongestTag = 10; // "</textarea"

    private bool _atLineStart;
    private string? _keptUntil; // the closing tag that ends a pre or textarea, while inside one
    private readonly char[] _tag = new char[LongestTag];
    private int _tagLength;
    private bool _inTag;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <summary>Writes the kept characters in runs: the renderer hands over many short strings, and one call per character would cost more than the rendering saves.</summary>
    public override void Write(ReadOnlySpan<char> text)
    {
        var run = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!_inTag && (!_atLineStart || _keptUntil is not null))
            {
                // Until the next tag or line break there is nothing to drop and no tag to follow: most of a page.
                var next = text[i..].IndexOfAny('<', '\n');
                if (next < 0) break;
                i += next;
            }
            var c = text[i];
            Track(c);
            if (_keptUntil is null)
            {
                if (_atLineStart && c is ' ' or '\t')
                {
                    inner.Write(text[run..i]);
                    run = i + 1;
                }
                else
                {
                    _atLineStart = c == '\n';
                }
            }
            i++;
        }
        inner.Write(text[run..]);
    }

    public override void Flush() => inner.Flush();

    /// <summary>Follows tag names just far enough to know when a pre or textarea opens and closes.</summary>
    private void Track(char c)
    {
        if (c == '<')
        {
            _inTag = true;
            _tagLength = 0;
            return;
        }
        if (!_inTag) return;
        if (char.IsAsciiLetter(c) || (c == '/' && _tagLength == 0))
        {
            if (_tagLength < LongestTag) _tag[_tagLength++] = char.ToLowerInvariant(c);
            else _inTag = false;
            return;
        }
        _inTag = false;
        var name = _tag.AsSpan(0, _tagLength);
        if (_keptUntil is null && name is "pre" or "textarea") _keptUntil = name is "pre" ? "/pre" : "/textarea";
        else if (_keptUntil is not null && name.SequenceEqual(_keptUntil)) _keptUntil = null;
    }
}
