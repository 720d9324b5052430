using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Tests.Contract;

public sealed partial class LiveAnswersMatchTheDocumentTests
{
    /// <summary>Invitations, drafts, submission and review.</summary>
    private static Dictionary<string, Func<Live, Task<HttpResponseMessage>>[]> IntakeSamples() => new()
    {
        ["CreateInvitation"] =
        [
            l => l.Steward.PostAsJsonAsync(l.Url("/invitations"), new JsonObject { ["municipality"] = "Alphen", ["label"] = "Wijkteam Noord" }),
            l => l.Steward.PostAsJsonAsync(l.Url("/invitations"), new JsonObject { ["municipality"] = "Bedum" }),
            l => l.Steward.PostAsJsonAsync(l.Url("/invitations"), new JsonObject { ["municipality"] = " " }),
            l => l.Anonymous.PostAsJsonAsync(l.Url("/invitations"), new JsonObject { ["municipality"] = "Alphen" }),
        ],
        ["ListInvitations"] = [l => l.Steward.GetAsync(l.Url("/invitations")), l => l.Anonymous.GetAsync(l.Url("/invitations"))],
        ["RevokeInvitation"] = [l => l.Steward.DeleteAsync(l.Url($"/invitations/{l.SpareInvitationId}")), l => l.Steward.DeleteAsync(l.Url("/invitations/bestaat-niet"))],
        ["RegisterDraftExperiment"] =
        [
            l => l.Admin.PostAsJsonAsync(l.Url("/experiments"), Tests.Samples.Draft("nieuw-contract")),
            // An invitation code fills in its own municipality.
            l => l.Invitee.PostAsJsonAsync(l.Url("/experiments"), Without(Tests.Samples.Draft("met-uitnodiging"), "municipality")),
            l => l.Anonymous.PostAsJsonAsync(l.Url("/experiments"), Tests.Samples.Draft("zonder-sleutel")),
            l => l.Admin.PostAsJsonAsync(l.Url("/experiments"), new JsonObject { ["title"] = "Alleen een titel" }),
            l => l.Admin.PostAsJsonAsync(l.Url("/experiments"), Tests.Samples.Draft(ApiFactory.Alpha)),
        ],
        ["UpdateDraftExperiment"] =
        [
            // The slug comes from the path.
            l => l.Admin.PutAsJsonAsync(l.Url($"/experiments/{Live.DraftSlug}"), Without(Tests.Samples.Draft(Live.DraftSlug), "slug")),
            l => l.Admin.PutAsJsonAsync(l.Url($"/experiments/{Live.DraftSlug}"), Without(Tests.Samples.Draft(Live.DraftSlug), "title")),
            l => l.Admin.PutAsJsonAsync(l.Url("/experiments/bestaat-niet"), Tests.Samples.Draft("bestaat-niet")),
            l => l.Steward.PutAsJsonAsync(l.Url($"/experiments/{Live.DraftSlug}"), Tests.Samples.Draft(Live.DraftSlug)),
        ],
        ["GetDraftExperiment"] =
        [
            l => l.Steward.GetAsync(l.Url($"/experiments/{Live.DraftSlug}/draft")),
            l => l.Admin.GetAsync(l.Url("/experiments/bestaat-niet/draft")),
            l => l.Anonymous.GetAsync(l.Url($"/experiments/{Live.DraftSlug}/draft")),
        ],
        ["SubmitDraftExperiment"] =
        [
            l => l.Admin.PostAsync(l.Url($"/experiments/{Live.SubmitSlug}/submit"), null),
            l => l.Admin.PostAsync(l.Url($"/experiments/{Live.SubmitSlug}/submit"), null),
        ],
        ["ListReviewQueue"] = [l => l.Steward.GetAsync(l.Url("/review")), l => l.Anonymous.GetAsync(l.Url("/review"))],
        ["ReviewDraftExperiment"] =
        [
            l => l.Steward.PostAsJsonAsync(l.Url($"/experiments/{Live.ApproveSlug}/review"), new JsonObject { ["action"] = "approve" }),
            l => l.Steward.PostAsJsonAsync(l.Url($"/experiments/{Live.SendBackSlug}/review"),
                new JsonObject { ["action"] = "request-changes", ["comments"] = new JsonObject { ["summary"] = "Schrijf wat bewoners merken." } }),
            l => l.Steward.PostAsJsonAsync(l.Url($"/experiments/{Live.SendBackSlug}/review"), new JsonObject { ["action"] = "reject" }),
            l => l.Admin.PostAsJsonAsync(l.Url($"/experiments/{Live.SendBackSlug}/review"), new JsonObject { ["action"] = "approve" }),
            l => l.Steward.PostAsJsonAsync(l.Url($"/experiments/{Live.ApproveSlug}/review"), new JsonObject { ["action"] = "approve" }),
        ],
    };
}
