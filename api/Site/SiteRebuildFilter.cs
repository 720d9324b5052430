using TransitionLab.Api.Decisions;
using TransitionLab.Api.Reflections;

namespace TransitionLab.Api.Site;

/// <summary>
/// After a successful write of a reflection or decision, marks its experiment for re-rendering. A filter
/// keeps the site out of the write handlers: they store, the site follows.
/// </summary>
public sealed class SiteRebuildFilter(SiteRebuilds rebuilds) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method)) return result;
        // Handlers return a Results<...> union; the stored record is inside it.
        var outcome = result is INestedHttpResult nested ? nested.Result : result;
        if (outcome is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } and IValueHttpResult { Value: { } value })
        {
            var slug = value switch
            {
                ReflectionDto r => r.ExperimentSlug,
                DecisionDto d => d.ExperimentSlug,
                _ => null,
            };
            if (slug is not null) rebuilds.ExperimentChanged(slug);
        }
        return result;
    }
}
