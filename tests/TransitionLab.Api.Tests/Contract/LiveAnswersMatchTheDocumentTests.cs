using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Tests.Contract;

/// <summary>
/// An integrator generates a strict client from /openapi/v1.json and trusts it. This test sends live requests to
/// every operation the document lists, at the document's own server URL (so through /api/v1), and checks each answer
/// against the document with a JSON Schema validator: the status must be declared, the body must match the schema
/// declared for its status and media type, and the API-Version header must be there. An operation without a sample
/// below fails the test, so a new endpoint cannot join the document unchecked.
/// </summary>
public sealed partial class LiveAnswersMatchTheDocumentTests
{
    private const string Module = "verdiepen-en-opschalen";
    private static readonly Uri DocumentUri = new("https://transitionlab.test/openapi/v1.json");

    /// <summary>The requests to send per operationId: a successful one first, then answers worth checking (errors).</summary>
    private static readonly Dictionary<string, Func<Live, Task<HttpResponseMessage>>[]> Samples =
        new[] { CatalogueSamples(), OwnCaseSamples(), AssignmentSamples(), IntakeSamples(), AgendaSamples() }.SelectMany(s => s).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

    /// <summary>Experiments, reflections, decisions, verdicts, insights, exports, the course, keys and audit.</summary>
    private static Dictionary<string, Func<Live, Task<HttpResponseMessage>>[]> CatalogueSamples() => new()
    {
        ["ListExperiments"] = [l => l.Anonymous.GetAsync(l.Url("/experiments"))],
        ["GetExperiment"] = [l => l.Anonymous.GetAsync(l.Url($"/experiments/{ApiFactory.Alpha}")), l => l.Anonymous.GetAsync(l.Url("/experiments/bestaat-niet"))],
        ["ImportCatalogue"] = [l => l.Admin.PostAsync(l.Url("/experiments/import"), null), l => l.Frontrunner.PostAsync(l.Url("/experiments/import"), null)],
        ["ListReflections"] =
        [
            l => l.Anonymous.GetAsync(l.Url($"/experiments/{ApiFactory.Alpha}/reflections?limit=1")),
            l => l.Anonymous.GetAsync(l.Url($"/experiments/{ApiFactory.Alpha}/reflections?cursor=%%%")),
        ],
        ["CreateReflection"] =
        [
            l => l.Frontrunner.PostAsJsonAsync(l.Url($"/experiments/{ApiFactory.Alpha}/reflections"), Reflection(3)),
            l => l.Frontrunner.PostAsJsonAsync(l.Url($"/experiments/{ApiFactory.Alpha}/reflections"), Without(Reflection(4), "cycle")),
            l => l.Frontrunner.PostAsync(l.Url($"/experiments/{ApiFactory.Alpha}/reflections"), new StringContent("{\"cycle\": \"1\"}", null, "application/json")),
        ],
        ["GetReflection"] = [l => l.Anonymous.GetAsync(l.Url($"/reflections/{l.ReflectionId}")), l => l.Anonymous.GetAsync(l.Url($"/reflections/{Guid.Empty}"))],
        ["CorrectReflection"] = [l => l.Frontrunner.PutAsJsonAsync(l.Url($"/reflections/{l.ReflectionId}"), Reflection(1))],
        ["ListReflectionRevisions"] = [l => l.Anonymous.GetAsync(l.Url($"/reflections/{l.ReflectionId}/revisions"))],
        ["ListDecisions"] = [l => l.Anonymous.GetAsync(l.Url($"/experiments/{ApiFactory.Alpha}/decisions"))],
        ["CreateDecision"] = [l => l.Steward.PostAsJsonAsync(l.Url($"/experiments/{ApiFactory.Alpha}/decisions"), Tests.Samples.Decision("marked-for-scaling"))],
        ["GetDecision"] = [l => l.Anonymous.GetAsync(l.Url($"/decisions/{l.DecisionId}"))],
        ["UpdateDecision"] =
        [
            async l =>
            {
                var etag = (await l.Anonymous.GetAsync(l.Url($"/decisions/{l.DecisionId}"))).Headers.ETag!;
                using var request = new HttpRequestMessage(HttpMethod.Put, l.Url($"/decisions/{l.DecisionId}")) { Content = JsonContent.Create(Tests.Samples.Decision("stopped")) };
                request.Headers.IfMatch.Add(etag);
                return await l.Steward.SendAsync(request);
            },
            l => l.Steward.PutAsJsonAsync(l.Url($"/decisions/{l.DecisionId}"), Tests.Samples.Decision("stopped")),
        ],
        ["GetVerdict"] = [l => l.Anonymous.GetAsync(l.Url($"/experiments/{ApiFactory.Alpha}/verdict")), l => l.Anonymous.GetAsync(l.Url($"/experiments/{ApiFactory.Beta}/verdict"))],
        ["ListVerdicts"] = [l => l.Anonymous.GetAsync(l.Url("/verdicts")), l => l.Anonymous.GetAsync(l.Url("/verdicts?verdict=bestaat-niet"))],
        ["GetRuleSet"] = [l => l.Anonymous.GetAsync(l.Url("/rules"))],
        ["GetRuleSetVersion"] =
        [
            // The last listed version is the earliest still published: an answer built from an older rule set.
            async l =>
            {
                var versions = (await (await l.Anonymous.GetAsync(l.Url("/rules"))).Json()).GetProperty("versions");
                return await l.Anonymous.GetAsync(l.Url($"/rules/{versions[versions.GetArrayLength() - 1].GetString()}"));
            },
            l => l.Anonymous.GetAsync(l.Url("/rules/1999-01")),
        ],
        ["GetPilotCliffWatchlist"] = [l => l.Anonymous.GetAsync(l.Url("/insights/pilot-cliff"))],
        ["GetBarrierStatistics"] = [l => l.Anonymous.GetAsync(l.Url("/insights/barriers"))],
        ["GetScalingFunnel"] = [l => l.Anonymous.GetAsync(l.Url("/insights/funnel"))],
        ["ExportCatalogueCsv"] = [l => l.Anonymous.GetAsync(l.Url("/export/experimenten.csv"))],
        ["ExportCatalogueJson"] = [l => l.Anonymous.GetAsync(l.Url("/export/experimenten.json"))],
        ["GetSnapshot"] = [l => l.Anonymous.GetAsync(l.Url("/snapshot"))],
        ["CreatePracticeReflection"] =
        [
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/modules/{Module}/practice-reflections"), Practice()),
            l => l.Participant.PostAsJsonAsync(l.Url("/course/modules/bestaat-niet/practice-reflections"), Practice()),
        ],
        ["ListCohortPracticeReflections"] = [l => l.Teacher.GetAsync(l.Url($"/course/modules/{Module}/practice-reflections")), l => l.Participant.GetAsync(l.Url($"/course/modules/{Module}/practice-reflections"))],
        ["ListMyPracticeReflections"] = [l => l.Participant.GetAsync(l.Url("/course/practice-reflections/mine")), l => l.Anonymous.GetAsync(l.Url("/course/practice-reflections/mine"))],
        ["CompareWithFrontrunners"] =
        [
            l => l.Teacher.GetAsync(l.Url($"/course/modules/{Module}/comparison?experiment={ApiFactory.Alpha}")),
            l => l.Teacher.GetAsync(l.Url($"/course/modules/{Module}/comparison")),
        ],
        ["ListKeys"] = [l => l.Admin.GetAsync(l.Url("/keys")), l => l.Frontrunner.GetAsync(l.Url("/keys"))],
        ["CreateKey"] =
        [
            l => l.Admin.PostAsJsonAsync(l.Url("/keys"), new JsonObject { ["role"] = "steward", ["municipality"] = "Bedum", ["label"] = "contract" }),
            l => l.Admin.PostAsJsonAsync(l.Url("/keys"), new JsonObject { ["role"] = "steward" }),
        ],
        ["RevokeKey"] = [l => l.Admin.DeleteAsync(l.Url($"/keys/{l.SpareKeyId}")), l => l.Admin.DeleteAsync(l.Url("/keys/bestaat-niet"))],
        ["ListAudit"] = [l => l.Admin.GetAsync(l.Url("/audit?limit=2")), l => l.Admin.GetAsync(l.Url("/audit?limit=0"))],
        ["Backup"] = [l => l.Admin.PostAsync(l.Url("/admin/backup"), null)],
    };

    [Fact]
    public async Task Every_operation_answers_what_the_document_declares()
    {
        using var api = new ApiOnDay(new ApiFactory(settings: new Dictionary<string, string> { ["RateLimits:FailedAuthPerMinute"] = "1" }), new DateOnly(2026, 9, 1));
        var anonymous = api.Anonymous();
        var documentText = await anonymous.GetStringAsync("/openapi/v1.json");
        var document = JsonNode.Parse(documentText)!;
        var live = await Live.StartAsync(api, document);

        var operations = Operations(document).ToArray();
        var violations = new List<string>();
        var unsampled = operations.Where(o => !Samples.ContainsKey(o.Id)).Select(o => $"{o.Method} {o.Path} ({o.Id})").ToArray();
        Assert.True(unsampled.Length == 0, "operations in the document without a live sample in this test: " + string.Join(", ", unsampled));

        foreach (var operation in operations)
            foreach (var sample in Samples[operation.Id])
            {
                var response = await sample(live);
                violations.AddRange(await CheckAsync(operation, response, document));
                violations.AddRange(LocationProblems(operation, response, live.Url(""), operations));
            }
        // 429 is declared everywhere: one wrong key more than the limit allows gets it.
        var tooMany = await live.WrongKeyAsync();
        violations.AddRange(await CheckAsync(operations.First(o => o.Id == "GetRuleSet"), tooMany, document));
        Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);

        Assert.True(violations.Count == 0, $"{violations.Count} violations of the document by live answers:\n" + string.Join("\n", violations.Take(40)));
    }

    [Fact]
    public async Task Unversioned_api_paths_keep_answering_as_aliases_with_the_version_header()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient();
        foreach (var path in new[] { "/api/experiments", "/api/v1/experiments", "/api/rules", "/api/v1/rules" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(ApiVersion.Full, response.Headers.GetValues(ApiVersion.HeaderName).Single());
        }
        Assert.Equal(await client.GetStringAsync("/api/experiments"), await client.GetStringAsync("/api/v1/experiments"));
        var missing = await client.GetAsync("/api/v1/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(ApiVersion.Full, missing.Headers.GetValues(ApiVersion.HeaderName).Single());
        var published = await client.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("*", published.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static async Task<IEnumerable<string>> CheckAsync(Operation operation, HttpResponseMessage response, JsonNode document)
    {
        var where = $"{operation.Method} {operation.Path} -> {(int)response.StatusCode}";
        var problems = new List<string>();
        if (!response.Headers.TryGetValues(ApiVersion.HeaderName, out var version) || version.Single() != ApiVersion.Full)
            problems.Add($"{where}: no {ApiVersion.HeaderName}: {ApiVersion.Full} header");
        var declared = operation.Node["responses"]?[((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (declared is null)
        {
            problems.Add($"{where}: status not declared");
            return problems;
        }
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (body.Length == 0 || mediaType is null) return problems;
        if (declared["content"]?[mediaType] is not { } content)
        {
            problems.Add($"{where}: media type {mediaType} not declared");
            return problems;
        }
        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || content["schema"] is not { } schemaNode) return problems;

        // Refs inside the response schema point into the document; make them absolute so the registry finds it.
        var schemaText = schemaNode.ToJsonString().Replace("\"#/", $"\"{DocumentUri}#/", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(schemaText);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        options.SchemaRegistry.Register(new JsonNodeBaseDocument(document, DocumentUri));
        var result = schema.Evaluate(JsonNode.Parse(body), options);
        if (result.IsValid) return problems;
        problems.AddRange((result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{where}: {d.InstanceLocation}: {e.Key}: {e.Value}")));
        return problems;
    }

    /// <summary>A created resource's Location must name a path of the document under its server URL (<c>/api/v1</c>).</summary>
    private static IEnumerable<string> LocationProblems(Operation operation, HttpResponseMessage response, string basePath, Operation[] operations)
    {
        if (response.StatusCode != HttpStatusCode.Created) yield break;
        var where = $"{operation.Method} {operation.Path} -> 201";
        var location = response.Headers.Location?.OriginalString;
        if (location is null || !location.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            yield return $"{where}: Location '{location}' is not under the server URL {basePath}";
            yield break;
        }
        var path = location[basePath.Length..];
        if (!operations.Any(o => Regex.IsMatch(path, "^" + Regex.Replace(o.Path, "\\{[^}]+\\}", "[^/]+") + "$")))
            yield return $"{where}: Location '{location}' names no path of the document";
    }

    private sealed record Operation(string Id, string Method, string Path, JsonNode Node);

    private static IEnumerable<Operation> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where method.Key is "get" or "post" or "put" or "patch" or "delete"
        select new Operation(method.Value!["operationId"]!.GetValue<string>(), method.Key.ToUpperInvariant(), path.Key, method.Value!);

    private static JsonObject Reflection(int cycle) => VerdictsApiTests.HalfYear(cycle);

    private static JsonObject Practice()
    {
        var body = VerdictsApiTests.HalfYear(1);
        body["experimentSlug"] = ApiFactory.Alpha;
        return body;
    }

    private static JsonObject Without(JsonObject body, string field)
    {
        body.Remove(field);
        return body;
    }
}
