using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TransitionLab.Api.Site;

namespace TransitionLab.Api.Tests;

/// <summary>
/// A rebuild moves new pages over old ones while readers fetch them. The fresh-clone CI once answered 500
/// on a course page exactly then: the file was looked up at one length and sent at another.
/// </summary>
public sealed class PageReplacedWhileReadTests
{
    [Fact]
    public async Task A_page_replaced_while_it_is_read_is_served_whole_either_old_or_new_and_never_as_500()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient();
        await client.GetStringAsync("/");
        var folder = Path.Combine(api.Services.GetRequiredService<PublishedSite>().Folder, "wisselend");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "index.html");
        string[] versions = ["<p>kort</p>", "<p>" + new string('x', 200_000) + "</p>"];
        await File.WriteAllTextAsync(page, versions[0]);

        using var stop = new CancellationTokenSource();
        // Replaces the page the way the incremental build does: write aside, move over the old file.
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var temporary = $"{page}.{i}.tmp";
                await File.WriteAllTextAsync(temporary, versions[i % 2]);
                File.Move(temporary, page, overwrite: true);
            }
        });
        var answers = new List<(HttpStatusCode Status, string Body)>();
        try
        {
            for (var i = 0; i < 400; i++)
            {
                var response = await client.GetAsync("/wisselend/");
                answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.All(answers, answer => Assert.Contains(answer.Body, versions));
    }

    [Fact]
    public async Task Pages_still_answer_ranges_head_requests_and_revalidation()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient();
        var whole = await client.GetAsync("/");
        var body = await whole.Content.ReadAsStringAsync();

        using var range = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Range = new(0, 14) } };
        var part = await client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(body[..15], await part.Content.ReadAsStringAsync());

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(whole.Content.Headers.ContentLength, head.Content.Headers.ContentLength);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { IfNoneMatch = { whole.Headers.ETag! } } };
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
