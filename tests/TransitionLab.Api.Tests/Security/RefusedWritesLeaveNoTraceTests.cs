using System.Net;
using System.Net.Http.Json;
using TransitionLab.Api.Backup;

namespace TransitionLab.Api.Tests.Security;

/// <summary>
/// Found by the HTML fuzz suite: a review of a registration that was no longer waiting for review answered 409, yet the
/// store had changed. A write refused only when it is applied (the state it needs is gone, or its If-Match is stale)
/// had left its applied-change marker behind. A refused write now leaves the store exactly as it was.
/// </summary>
public sealed class RefusedWritesLeaveNoTraceTests
{
    private const string DraftSlug = "concept-proef";

    [Fact]
    public async Task A_review_of_a_registration_no_longer_under_review_is_409_and_leaves_the_store_as_it_was()
    {
        using var api = new ApiFactory();
        var admin = api.Admin();
        var steward = api.Steward();
        Assert.True((await admin.PostAsJsonAsync("/api/experiments", Samples.Draft(DraftSlug))).IsSuccessStatusCode);
        Assert.True((await admin.PostAsync($"/api/experiments/{DraftSlug}/submit", null)).IsSuccessStatusCode);
        var review = new { action = "request-changes", reason = "De doelen zijn nog te vaag." };
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync($"/api/experiments/{DraftSlug}/review", review)).StatusCode);
        var before = StoreExport.ToJson(api.Database);

        var again = await steward.PostAsJsonAsync($"/api/experiments/{DraftSlug}/review", review);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(before, StoreExport.ToJson(api.Database));
    }

    [Fact]
    public async Task A_decision_update_with_a_stale_if_match_is_412_and_leaves_the_store_as_it_was()
    {
        using var api = new ApiFactory();
        var steward = api.Steward();
        var created = await steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", Samples.Decision());
        var location = $"/api/decisions/{(await created.Json()).GetProperty("id").GetGuid()}";
        var etag = created.Headers.ETag!.ToString();
        using var first = new HttpRequestMessage(HttpMethod.Put, location) { Content = JsonContent.Create(Samples.Decision()) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await steward.SendAsync(first)).StatusCode);
        var before = StoreExport.ToJson(api.Database);

        using var stale = new HttpRequestMessage(HttpMethod.Put, location) { Content = JsonContent.Create(Samples.Decision()) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var answer = await steward.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, answer.StatusCode);
        Assert.Equal(before, StoreExport.ToJson(api.Database));
    }
}
