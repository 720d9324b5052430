using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Tests.Contract;

public sealed partial class LiveAnswersMatchTheDocumentTests
{
    /// <summary>Participants' own practice cases, private to their cohort.</summary>
    private static Dictionary<string, Func<Live, Task<HttpResponseMessage>>[]> OwnCaseSamples() => new()
    {
        ["CreateOwnCase"] =
        [
            l => l.Participant.PostAsJsonAsync(l.Url("/course/cases"), OwnCase("Buurtkracht Zwolle")),
            l => l.Participant.PostAsJsonAsync(l.Url("/course/cases"), new JsonObject { ["title"] = "Alleen een titel" }),
            l => l.Teacher.PostAsJsonAsync(l.Url("/course/cases"), OwnCase("Van de docent")),
            l => l.Anonymous.PostAsJsonAsync(l.Url("/course/cases"), OwnCase("Zonder sleutel")),
        ],
        ["ListOwnCases"] = [l => l.Teacher.GetAsync(l.Url("/course/cases")), l => l.Frontrunner.GetAsync(l.Url("/course/cases"))],
        ["GetOwnCase"] =
        [
            l => l.Participant.GetAsync(l.Url($"/course/cases/{l.OwnCaseId}")),
            l => l.Participant.GetAsync(l.Url($"/course/cases/{Guid.Empty}")),
            l => l.Frontrunner.GetAsync(l.Url($"/course/cases/{l.OwnCaseId}")),
        ],
        ["ProposeOwnCase"] =
        [
            // A case in the steward's municipality, and an invitation of that steward for it.
            async l =>
            {
                var own = await l.Participant.PostAsJsonAsync(l.Url("/course/cases"), OwnCase("Buurtbudget Alphen", "Alphen"));
                var id = (await own.Json()).GetProperty("id").GetGuid();
                var invitation = await l.Steward.PostAsJsonAsync(l.Url("/invitations"), new JsonObject { ["municipality"] = "Alphen" });
                var code = (await invitation.Json()).GetProperty("code").GetString();
                return await l.Participant.PostAsJsonAsync(l.Url($"/course/cases/{id}/proposal"), new JsonObject { ["invitationCode"] = code });
            },
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/cases/{l.OwnCaseId}/proposal"), new JsonObject { ["invitationCode"] = "tl_geen-uitnodiging" }),
            l => l.Teacher.PostAsJsonAsync(l.Url($"/course/cases/{l.OwnCaseId}/proposal"), new JsonObject { ["invitationCode"] = "tl_geen-uitnodiging" }),
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/cases/{Guid.Empty}/proposal"), new JsonObject { ["invitationCode"] = "tl_geen-uitnodiging" }),
        ],
        ["CreateAgendaDraft"] =
        [
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/modules/{Module}/agenda-drafts"), AgendaDraft()),
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/modules/{Module}/agenda-drafts"), new JsonObject { ["belemmering"] = "Alleen een belemmering" }),
            l => l.Participant.PostAsJsonAsync(l.Url("/course/modules/bestaat-niet/agenda-drafts"), AgendaDraft()),
            l => l.Teacher.PostAsJsonAsync(l.Url($"/course/modules/{Module}/agenda-drafts"), AgendaDraft()),
            l => l.Anonymous.PostAsJsonAsync(l.Url($"/course/modules/{Module}/agenda-drafts"), AgendaDraft()),
        ],
        ["ListMyAgendaDrafts"] = [l => l.Participant.GetAsync(l.Url("/course/agenda-drafts/mine")), l => l.Teacher.GetAsync(l.Url("/course/agenda-drafts/mine"))],
        ["ListCohortAgendaDrafts"] =
        [
            l => l.Teacher.GetAsync(l.Url($"/course/modules/{Module}/agenda-drafts")),
            l => l.Teacher.GetAsync(l.Url("/course/modules/bestaat-niet/agenda-drafts")),
            l => l.Participant.GetAsync(l.Url($"/course/modules/{Module}/agenda-drafts")),
        ],
    };

    private static JsonObject AgendaDraft() => new()
    {
        ["belemmering"] = "Inkoop per product", ["level"] = "region", ["owner"] = "Regionaal inkoopbureau jeugd",
        ["decisionMoment"] = "Regionale inkoopronde 2027", ["change"] = "Inkoop op taak in plaats van per product.",
    };

    private static JsonObject OwnCase(string title, string municipality = "Zwolle") => new()
    {
        ["title"] = title, ["municipality"] = municipality, ["summary"] = "Bewoners van twee wijken beslissen mee over het budget voor ondersteuning.",
    };
}
