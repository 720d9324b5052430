using System.Net;
using System.Net.Http.Json;
using TransitionLab.Api.Backup;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests.Backup;

public sealed class StoreCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("tl-backup-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { }
    }

    private string Folder(string name) => Path.Combine(_scratch, name);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = StoreCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<string> StoreWithDataAsync(string data)
    {
        using (var api = new ApiFactory(dataFolder: data))
        {
            Assert.Equal(HttpStatusCode.Created, (await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await api.Steward().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", Samples.Decision())).StatusCode);
        }
        return Export(data);
    }

    private static string Export(string data)
    {
        using var db = Database.Open(new StoreOptions(data));
        return StoreExport.ToJson(db);
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_store_then_export_gives_the_same_bytes()
    {
        var first = await StoreWithDataAsync(Folder("a"));
        var exported = Path.Combine(_scratch, "a.json");
        var export = Run("export", exported, "--data", Folder("a"));
        Assert.True(export.Code == 0, export.ToString());

        var imported = Run("import", exported, "--data", Folder("b"));
        Assert.True(imported.Code == 0, imported.ToString());
        var again = Path.Combine(_scratch, "b.json");
        Assert.Equal(0, Run("export", again, "--data", Folder("b")).Code);

        Assert.Equal(await File.ReadAllBytesAsync(exported), await File.ReadAllBytesAsync(again));
        Assert.Contains("reflection_revisions", first);
        Assert.Contains("decisions", first);
    }

    [Fact]
    public async Task Import_refuses_a_store_with_data_and_a_file_that_is_no_export()
    {
        await StoreWithDataAsync(Folder("a"));
        var exported = Path.Combine(_scratch, "a.json");
        Run("export", exported, "--data", Folder("a"));

        var onto = Run("import", exported, "--data", Folder("a"));
        Assert.Equal(1, onto.Code);
        Assert.Contains("already holds data", onto.Error);

        var junk = Path.Combine(_scratch, "junk.json");
        await File.WriteAllTextAsync(junk, "{\"hello\": [1, 2");
        var bad = Run("import", junk, "--data", Folder("empty"));
        Assert.Equal(1, bad.Code);
        Assert.StartsWith("error:", bad.Error);
        Assert.Equal(2, Run("import").Code);
        Assert.Equal(1, Run("import", Path.Combine(_scratch, "missing.json"), "--data", Folder("empty")).Code);
    }

    [Fact]
    public async Task Backup_and_restore_give_back_the_store_and_restore_will_not_overwrite_data_without_force()
    {
        var original = await StoreWithDataAsync(Folder("a"));
        var backup = Path.Combine(_scratch, "a.db");
        Assert.Equal(0, Run("backup", backup, "--data", Folder("a")).Code);

        Assert.Equal(0, Run("restore", backup, "--data", Folder("fresh")).Code);
        Assert.Equal(original, Export(Folder("fresh")));

        await StoreWithDataAsync(Folder("other"));
        var refused = Run("restore", backup, "--data", Folder("other"));
        Assert.Equal(1, refused.Code);
        Assert.Contains("--force", refused.Error);
        Assert.Equal(0, Run("restore", backup, "--data", Folder("other"), "--force").Code);
        Assert.Equal(original, Export(Folder("other")));
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_store()
    {
        var junk = Path.Combine(_scratch, "junk.db");
        await File.WriteAllTextAsync(junk, "dit is geen database");

        var result = Run("restore", junk, "--data", Folder("x"));

        Assert.Equal(1, result.Code);
        Assert.Contains("not a TransitionLab store", result.Error);
        Assert.False(File.Exists(Path.Combine(Folder("x"), StoreOptions.FileName)));
    }

    [Fact]
    public async Task A_running_API_is_backed_up_through_its_admin_endpoint_with_every_acknowledged_write()
    {
        using var api = new ApiFactory(dataFolder: Folder("live"));
        var frontrunner = api.Frontrunner();
        var writes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: i))));
        Assert.All(writes, w => Assert.Equal(HttpStatusCode.Created, w.StatusCode));

        var locked = Run("backup", Path.Combine(_scratch, "x.db"), "--data", Folder("live"));
        Assert.Equal(1, locked.Code);
        Assert.Contains("--url", locked.Error);

        Assert.Equal(HttpStatusCode.Forbidden, (await frontrunner.PostAsync("/api/admin/backup", null)).StatusCode);
        var response = await api.ClientWith(api.Key(KeyRole.Admin)).PostAsync("/api/admin/backup", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var backup = Path.Combine(_scratch, "live.db");
        await File.WriteAllBytesAsync(backup, await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(0, Run("restore", backup, "--data", Folder("copy")).Code);
        using var copy = Database.Open(new StoreOptions(Folder("copy")));
        Assert.Equal(10, copy.ReflectionHeads.Count());
    }
}
