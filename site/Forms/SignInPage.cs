using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Forms;

/// <summary>The sign-in page: built as a static page, and re-rendered by the API with an error after a wrong key.</summary>
/// <param name="Error">Message after a failed attempt; <c>null</c> on the static page.</param>
/// <param name="ReturnUrl">Site path to go back to after signing in.</param>
public sealed record SignInPage(string? Error = null, string ReturnUrl = "/")
    : SitePage(SiteUrls.SignIn, FormText.SignInTitle, FormText.SignInDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(SignInView);
}
