using TransitionLab.Api.Decisions;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Reflections;

namespace TransitionLab.Api.Store;

/// <summary>
/// After a successful write through the JSON API, reports it to <see cref="RecordChanges"/>. A filter
/// keeps caches and the site out of the write handlers: they store, the derivations follow.
/// </summary>
public sealed class RecordChangeFilter(RecordChanges changes) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method)) return result;
        // Handlers return a Results<...> union; the stored record is inside it.
        var outcome = result is INestedHttpResult nested ? nested.Result : result;
        if (outcome is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
        {
            changes.Record((outcome as IValueHttpResult)?.Value switch
            {
                ReflectionDto r => r.ExperimentSlug,
                DecisionDto d => d.ExperimentSlug,
                ExperimentDto e => e.Slug,
                _ => null,
            });
        }
        return result;
    }
}
