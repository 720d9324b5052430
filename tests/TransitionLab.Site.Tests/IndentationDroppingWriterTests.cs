using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

public class IndentationDroppingWriterTests
{
    private static string Through(params string[] writes)
    {
        var output = new StringWriter();
        using (var writer = new IndentationDroppingWriter(output))
        {
            foreach (var text in writes) writer.Write(text);
            writer.Flush();
        }
        return output.ToString();
    }

    [Fact]
    public void Drops_the_spaces_and_tabs_that_start_a_line_and_keeps_the_others() =>
        Assert.Equal("<ul>\n<li>een  twee</li>\n</ul>\n", Through("<ul>\n    <li>een  twee</li>\n\t</ul>\n"));

    [Fact]
    public void Indentation_split_over_writes_is_dropped_too() =>
        Assert.Equal("<p>\n<b>x</b>\n", Through("<p>\n  ", "  ", "<b>x</b>\n"));

    [Fact]
    public void Keeps_pre_and_textarea_as_they_are_even_when_their_tag_arrives_in_pieces() =>
        Assert.Equal("<div>\n<pre>\n  code\n</pre>\n<TEXTAREA name=\"t\">\n  tekst\n</textarea>\n<p>x</p>",
            Through("<div>\n  <p", "re>\n  code\n</p", "re>\n  <TEXTAREA name=\"t\">\n  tekst\n</textarea>\n", "  <p>x</p>"));

    [Fact]
    public void A_tag_that_only_starts_like_pre_keeps_nothing_special() =>
        Assert.Equal("<presentation>\nx\n</presentation>", Through("<presentation>\n  x\n</presentation>"));
}
