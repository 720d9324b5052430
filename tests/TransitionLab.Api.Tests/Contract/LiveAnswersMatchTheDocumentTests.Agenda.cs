using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Tests.Contract;

public sealed partial class LiveAnswersMatchTheDocumentTests
{
    /// <summary>The transition agenda and its exports.</summary>
    private static Dictionary<string, Func<Live, Task<HttpResponseMessage>>[]> AgendaSamples() => new()
    {
        ["ListAgenda"] = [l => l.Anonymous.GetAsync(l.Url("/agenda"))],
        ["GetAgendaItem"] = [l => l.Anonymous.GetAsync(l.Url($"/agenda/{Live.Proposal}")), l => l.Anonymous.GetAsync(l.Url("/agenda/bestaat-niet"))],
        ["CreateAgendaItem"] =
        [
            l => l.Steward.PostAsJsonAsync(l.Url("/agenda"), AgendaItem("Regels voor het delen van gegevens")),
            l => l.Steward.PostAsJsonAsync(l.Url("/agenda"), new JsonObject { ["title"] = "Alleen een titel" }),
            l => l.Steward.PostAsJsonAsync(l.Url("/agenda"), AgendaItem("Elders", ApiFactory.Beta)),
            l => l.Anonymous.PostAsJsonAsync(l.Url("/agenda"), AgendaItem("Zonder sleutel")),
        ],
        ["UpdateAgendaItem"] =
        [
            async l =>
            {
                var etag = (await l.Anonymous.GetAsync(l.Url($"/agenda/{l.AgendaItemId}"))).Headers.ETag!.Tag;
                return await l.Steward.SendAsync(PutAgenda(l, l.AgendaItemId, OnAgenda(), etag));
            },
            l => l.Steward.SendAsync(PutAgenda(l, l.AgendaItemId, OnAgenda(), null)),
            l => l.Steward.SendAsync(PutAgenda(l, l.AgendaItemId, OnAgenda(), "\"verouderd\"")),
            l => l.Steward.SendAsync(PutAgenda(l, l.AgendaItemId, Without(OnAgenda(), "owner"), "*")),
        ],
        ["AcceptAgendaProposal"] =
        [
            l => l.Steward.PostAsync(l.Url($"/agenda/{Live.Proposal}/accept"), null),
            l => l.Steward.PostAsync(l.Url($"/agenda/{Live.Proposal}/accept"), null),
        ],
        ["DismissAgendaItem"] =
        [
            l => l.Steward.PostAsJsonAsync(l.Url($"/agenda/{l.DismissItemId}/dismiss"), new JsonObject { ["reason"] = "" }),
            l => l.Steward.PostAsJsonAsync(l.Url($"/agenda/{l.DismissItemId}/dismiss"), new JsonObject { ["reason"] = "Dit regelt de gemeente al." }),
            l => l.Steward.PostAsJsonAsync(l.Url($"/agenda/{l.DismissItemId}/dismiss"), new JsonObject { ["reason"] = "Nog een keer." }),
        ],
        ["MergeAgendaItem"] =
        [
            l => l.Steward.PostAsJsonAsync(l.Url($"/agenda/{l.MergeItemId}/merge"), new JsonObject { ["into"] = "bestaat-niet" }),
            l => l.Steward.PostAsJsonAsync(l.Url($"/agenda/{l.MergeItemId}/merge"), new JsonObject { ["into"] = l.AgendaItemId }),
        ],
        ["ExportAgendaCsv"] = [l => l.Anonymous.GetAsync(l.Url("/export/transitieagenda.csv"))],
        ["ExportAgendaJson"] = [l => l.Anonymous.GetAsync(l.Url("/export/transitieagenda.json"))],
    };

    private static JsonObject AgendaItem(string title, string experiment = ApiFactory.Alpha) => new()
    {
        ["title"] = title, ["level"] = "municipality", ["status"] = "signalled", ["experiments"] = new JsonArray(experiment),
    };

    private static JsonObject OnAgenda()
    {
        var body = AgendaItem("Geld voor pilots in aparte potjes");
        body["status"] = "on-agenda";
        body["owner"] = "Regieteam sociaal domein";
        body["decisionMoment"] = "Voorjaarsnota 2027";
        return body;
    }

    private static HttpRequestMessage PutAgenda(Live live, string id, JsonObject body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, live.Url($"/agenda/{id}")) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
