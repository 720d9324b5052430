using System.Text.Json;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Hosting;

namespace TransitionLab.Api.Intake;

/// <summary>A draft kept as the API's own JSON, so what a frontrunner saved comes back exactly, half-filled or not.</summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Options = Create();

    /// <summary>Draft → JSON.</summary>
    public static string Write(DraftExperimentRequest draft) => JsonSerializer.Serialize(draft, Options);

    /// <summary>JSON → draft; an empty text is an empty draft.</summary>
    public static DraftExperimentRequest Read(string json) =>
        json.Length == 0 ? new DraftExperimentRequest() : JsonSerializer.Deserialize<DraftExperimentRequest>(json, Options) ?? new DraftExperimentRequest();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
