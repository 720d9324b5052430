using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests.Contract;

public sealed partial class LiveAnswersMatchTheDocumentTests
{
    /// <summary>A running API with a client per role and records to point the samples at.</summary>
    private sealed class Live
    {
        public const string DraftSlug = "contract-concept";
        public const string SubmitSlug = "contract-indienen";
        public const string ApproveSlug = "contract-goedkeuren";
        public const string SendBackSlug = "contract-terugsturen";
        /// <summary>The belemmering the sample reflection reports as still standing; two cycles of it make a proposal.</summary>
        public const string Proposal = "short-term-funding";

        private readonly ApiOnDay _api;
        private readonly string _base;

        private Live(ApiOnDay api, string basePath)
        {
            _api = api;
            _base = basePath;
            Anonymous = api.Anonymous();
            Frontrunner = api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]);
            Steward = api.With(KeyRole.Steward, municipality: "Alphen");
            Admin = api.With(KeyRole.Admin);
            Participant = api.With(KeyRole.Participant, cohort: "A");
            Teacher = api.With(KeyRole.Teacher, cohort: "A");
        }

        public HttpClient Anonymous { get; }
        public HttpClient Frontrunner { get; }
        public HttpClient Steward { get; }
        public HttpClient Admin { get; }
        public HttpClient Participant { get; }
        public HttpClient Teacher { get; }
        public Guid ReflectionId { get; private set; }
        public Guid DecisionId { get; private set; }
        public string SpareKeyId { get; private set; } = "";
        /// <summary>A frontrunner signed in with an invitation code, which registers one experiment.</summary>
        public Guid OwnCaseId { get; private set; }
        /// <summary>A hand-in the participant shared, for the teacher to comment on.</summary>
        public Guid AssignmentId { get; private set; }
        public HttpClient Invitee { get; private set; } = null!;
        public string SpareInvitationId { get; private set; } = "";
        /// <summary>An agenda item a steward made, to update and merge into.</summary>
        public string AgendaItemId { get; private set; } = "";
        public string DismissItemId { get; private set; } = "";
        public string MergeItemId { get; private set; } = "";

        /// <summary>A client that signs in with <paramref name="secret"/>.</summary>
        public HttpClient Client(string secret)
        {
            var client = _api.Anonymous();
            client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
            return client;
        }

        /// <summary>A path of the document made absolute with the server URL's path (<c>/api/v1</c>).</summary>
        public string Url(string path) => _base + path;

        public static async Task<Live> StartAsync(ApiOnDay api, JsonNode document)
        {
            var server = new Uri(document["servers"]![0]!["url"]!.GetValue<string>(), UriKind.RelativeOrAbsolute);
            var live = new Live(api, (server.IsAbsoluteUri ? server.AbsolutePath : server.OriginalString).TrimEnd('/'));
            // Two reflections, so lists have items and the verdict has facts, and a decision to read and update.
            foreach (var cycle in new[] { 1, 2 })
            {
                var created = await live.Frontrunner.PostAsJsonAsync(live.Url($"/experiments/{ApiFactory.Alpha}/reflections"), Reflection(cycle));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                live.ReflectionId = (await created.Json()).GetProperty("id").GetGuid();
            }
            var decision = await live.Steward.PostAsJsonAsync(live.Url($"/experiments/{ApiFactory.Alpha}/decisions"), Tests.Samples.Decision());
            Assert.Equal(HttpStatusCode.Created, decision.StatusCode);
            live.DecisionId = (await decision.Json()).GetProperty("id").GetGuid();
            var key = await live.Admin.PostAsJsonAsync(live.Url("/keys"), new JsonObject { ["role"] = "admin", ["label"] = "spare" });
            Assert.Equal(HttpStatusCode.Created, key.StatusCode);
            live.SpareKeyId = (await key.Json()).GetProperty("details").GetProperty("id").GetString()!;
            var ownCase = await live.Participant.PostAsJsonAsync(live.Url("/course/cases"), OwnCase("Een eigen casus"));
            Assert.Equal(HttpStatusCode.Created, ownCase.StatusCode);
            live.OwnCaseId = (await ownCase.Json()).GetProperty("id").GetGuid();
            var assignment = await live.Participant.PostAsJsonAsync(live.Url($"/course/modules/{ExerciseModule}/assignments"), HandIn("Een eerste uitwerking", handIn: true));
            Assert.Equal(HttpStatusCode.Created, assignment.StatusCode);
            live.AssignmentId = (await assignment.Json()).GetProperty("id").GetGuid();
            await live.StartIntakeAsync();
            await live.StartAgendaAsync();
            return live;
        }

        /// <summary>
        /// Two invitations (one to use, one to revoke) and registrations by an admin for the steward of Alphen to
        /// review: one draft to read and change, one to submit, two submitted ones to approve and to send back.
        /// </summary>
        private async Task StartIntakeAsync()
        {
            var invitation = await Steward.PostAsJsonAsync(Url("/invitations"), new JsonObject { ["municipality"] = "Alphen" });
            Assert.Equal(HttpStatusCode.Created, invitation.StatusCode);
            Invitee = Client((await invitation.Json()).GetProperty("code").GetString()!);
            var spare = await Steward.PostAsJsonAsync(Url("/invitations"), new JsonObject { ["municipality"] = "Alphen", ["label"] = "reserve" });
            SpareInvitationId = (await spare.Json()).GetProperty("details").GetProperty("id").GetString()!;
            foreach (var slug in new[] { DraftSlug, SubmitSlug, ApproveSlug, SendBackSlug })
                Assert.Equal(HttpStatusCode.Created, (await Admin.PostAsJsonAsync(Url("/experiments"), Tests.Samples.Draft(slug))).StatusCode);
            foreach (var slug in new[] { ApproveSlug, SendBackSlug })
                Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync(Url($"/experiments/{slug}/submit"), null)).StatusCode);
        }

        /// <summary>Three items a steward of Alphen puts on the agenda; the two reflections on alpha propose <see cref="Proposal"/>.</summary>
        private async Task StartAgendaAsync()
        {
            async Task<string> Create(string title)
            {
                var created = await Steward.PostAsJsonAsync(Url("/agenda"), AgendaItem(title));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                return (await created.Json()).GetProperty("id").GetString()!;
            }
            AgendaItemId = await Create("Geld voor pilots in aparte potjes");
            DismissItemId = await Create("Een punt dat er niet hoort");
            MergeItemId = await Create("Hetzelfde punt nog eens");
            Assert.Equal(HttpStatusCode.OK, (await Anonymous.GetAsync(Url($"/agenda/{Proposal}"))).StatusCode);
        }

        /// <summary>Requests with a wrong key until the failed-key limit answers 429.</summary>
        public async Task<HttpResponseMessage> WrongKeyAsync()
        {
            var client = _api.Anonymous();
            client.DefaultRequestHeaders.Authorization = new("Bearer", "tl_wrong");
            HttpResponseMessage response;
            var tries = 0;
            do response = await client.GetAsync(Url("/rules"));
            while (response.StatusCode != HttpStatusCode.TooManyRequests && ++tries < 5);
            return response;
        }
    }
}
