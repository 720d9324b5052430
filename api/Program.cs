using TransitionLab.Api.Backup;
using TransitionLab.Api.DataAtRest;
using TransitionLab.Api.Hosting;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Site;

args = CommandLine.Normalise(args);
// Before anything is written: the store, keys, backups and exports are for this user only.
OwnerOnly.ForNewFiles();

// Key management runs against the store and exits; it never starts the web server.
if (args is ["keys", ..]) return KeysCommand.Run(args);
if (args is ["backup" or "restore" or "export" or "import", ..]) return StoreCommand.Run(args);
if (args is ["content", ..]) return ContentCommand.Run(args);

// Reloading configuration on change would watch the folder the API was started from, and every folder below it, for
// a changed appsettings.json. Started from a home folder, that holds the data folder: a watch on every folder of the
// site (60,000 at national scale), set off by every page a rebuild writes. The API reads no file that changes while
// it runs, so the settings are read once.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.AddTransitionLabApi();
builder.AddSitePublishing();

var app = builder.Build();
app.MapTransitionLabApi();
app.MapSite();

app.Run();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
