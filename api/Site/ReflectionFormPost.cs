using System.Text.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Keys;
using TransitionLab.Site.Forms;

namespace TransitionLab.Api.Site;

/// <summary>
/// What differs between the two reflection forms (a frontrunner's reflection on their experiment, a participant's
/// practice reflection in a module); everything else is <see cref="ReflectionFormPost.HandleAsync{TRequest}"/>.
/// </summary>
/// <param name="SignInPage">The sign-in page, set to come back to the form; the posted form tells which subject it was about.</param>
/// <param name="FormPage">The form page showing a state; the posted form tells which subject it was about.</param>
/// <param name="Refusal">Why this signed-in key may not file here, or <c>null</c> when it may.</param>
/// <param name="Complete">Adds to the bound body what the form carries beside the reflection's own fields.</param>
/// <param name="Write">Files the request through the journaled write path.</param>
/// <param name="SavedAddress">Where the browser goes once the write is on disk.</param>
internal sealed record ReflectionForm<TRequest>(
    Func<IFormCollection, Task<string>> SignInPage,
    Func<Caller, IFormCollection, FormState, Task<string>> FormPage,
    Func<Caller, FormRefusal?> Refusal,
    Action<IFormCollection, JsonObject>? Complete,
    Func<TRequest, Caller, Task<FormRefusal?>> Write,
    string SavedAddress);

/// <summary>Why a form was not saved: messages by JSON path (or <c>""</c> for the form as a whole), and the status to answer with.</summary>
internal sealed record FormRefusal(IReadOnlyDictionary<string, string[]> Errors, int Status = StatusCodes.Status422UnprocessableEntity)
{
    /// <summary>One message about the form as a whole.</summary>
    public static FormRefusal Whole(string message, int status = StatusCodes.Status422UnprocessableEntity) =>
        new(new Dictionary<string, string[]> { [""] = [message] }, status);
}

/// <summary>
/// The one procedure both reflection forms follow between the browser's POST and the write, so neither can skip a
/// step: the form must come from this site, the key must be signed in and allowed, the fields bind to the JSON body
/// the API takes, and every refusal shows the form again with the values as typed and each message next to its field.
/// </summary>
internal static class ReflectionFormPost
{
    private const string Unreadable = "Deze waarde kunnen we niet lezen.";

    /// <summary>
    /// What a visitor who is not signed in posted, for the sign-in page to come back to: whatever the body is (no form,
    /// unreadable, too large), they get the sign-in page, as before anything was read.
    /// </summary>
    private static async Task<IFormCollection> SentFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return FormCollection.Empty;
        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return FormCollection.Empty;
        }
    }

    /// <summary>Handles the POST; <paramref name="form"/> finds what it is about, <c>null</c> answering 404.</summary>
    public static async Task<IResult> HandleAsync<TRequest>(HttpContext context, JsonSerializerOptions json, Func<ReflectionForm<TRequest>?> form)
        where TRequest : class
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        if (form() is not { } steps) return TypedResults.NotFound();
        if (await FrontrunnerSession.CallerAsync(context) is not { } caller)
            return PersonalPages.Page(await steps.SignInPage(await SentFormAsync(context)), StatusCodes.Status401Unauthorized);

        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = PersonalPages.Values(posted);
        async Task<IResult> ShowAgain(FormRefusal refusal, Func<string, string> formName) => PersonalPages.Page(
            await steps.FormPage(caller, posted, new FormState(values, refusal.Errors.ToDictionary(e => formName(e.Key), e => e.Value, StringComparer.Ordinal))),
            refusal.Status);

        if (steps.Refusal(caller) is { } refused) return await ShowAgain(refused, name => name);

        var binding = ReflectionFormBinding.Bind(posted);
        if (binding.Errors.Count > 0) return await ShowAgain(new FormRefusal(binding.Errors), name => name);
        steps.Complete?.Invoke(posted, binding.Body);
        TRequest request;
        try
        {
            request = binding.Body.Deserialize<TRequest>(json)!;
        }
        catch (JsonException e)
        {
            return await ShowAgain(new FormRefusal(new Dictionary<string, string[]> { [(e.Path ?? "$").TrimStart('$', '.')] = [Unreadable] }), binding.FormName);
        }

        // The same durable write path as the JSON endpoint: the redirect comes after the group commit.
        if (await steps.Write(request, caller) is { } notSaved) return await ShowAgain(notSaved, binding.FormName);
        return TypedResults.Redirect(steps.SavedAddress);
    }
}
