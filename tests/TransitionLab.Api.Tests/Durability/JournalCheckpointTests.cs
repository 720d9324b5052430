using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests.Durability;

public class JournalCheckpointTests
{
    [Fact]
    public async Task While_running_the_journal_is_emptied_within_seconds_of_a_write_and_the_write_stays_readable()
    {
        using var temp = new TempFolder("tl-api-tests");
        var folder = temp.Path;
        Guid id;
        using (var api = new ApiFactory(dataFolder: folder))
        {
            var response = await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Json()).GetProperty("id").GetGuid();

            var journal = api.Services.GetRequiredService<StoreOptions>().JournalPath;
            await Polling.Until(() => new FileInfo(journal).Length == 0, TimeSpan.FromSeconds(10));
            Assert.Equal(0, new FileInfo(journal).Length);
        }

        using (var reopened = new ApiFactory(dataFolder: folder))
        {
            Assert.Equal(HttpStatusCode.OK, (await reopened.CreateClient().GetAsync($"/api/reflections/{id}")).StatusCode);
        }
    }
}
