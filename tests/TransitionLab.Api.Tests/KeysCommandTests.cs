using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests;

public class KeysCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = KeysCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Keys_are_created_listed_and_revoked_from_the_command_line()
    {
        using var temp = new TempFolder("tl-cli-tests");
        var data = temp.Path;
        var created = Run("keys", "create", "--role", "frontrunner", "--experiment", ApiFactory.Alpha, "--data", data);
        Assert.Equal(0, created.Code);
        Assert.Matches(@"(?m)^tl_[A-Za-z0-9_-]{43}\r?$", created.Out);
        Assert.Equal(0, Run("keys", "create", "--role", "steward", "--municipality", "Alphen", "--data", data).Code);
        Assert.Equal(0, Run("keys", "create", "--role", "admin", "--data", data).Code);

        var list = Run("keys", "list", "--data", data);
        Assert.Equal(3, list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("tl_", list.Out);

        var id = list.Out.Split('\t')[0];
        Assert.Equal(0, Run("keys", "revoke", id, "--data", data).Code);
        Assert.Contains("revoked", Run("keys", "list", "--data", data).Out);
    }

    [Fact]
    public void A_key_made_and_revoked_on_the_command_line_goes_through_the_journal_into_the_audit_log()
    {
        using var temp = new TempFolder("tl-cli-tests");
        var data = temp.Path;
        var created = Run("keys", "create", "--role", "admin", "--label", "beheer", "--data", data);
        var id = System.Text.RegularExpressions.Regex.Match(created.Out, @"key (key_[0-9a-f]+) in").Groups[1].Value;
        Assert.Equal(0, Run("keys", "revoke", id, "--data", data).Code);

        var store = new StoreOptions(data);
        Assert.Equal(0, new FileInfo(store.JournalPath).Length);
        using var db = Database.Open(store);
        var entries = db.Audit.Find(a => a.Target == id).OrderBy(a => a.At).ThenBy(a => a.Action).ToArray();
        Assert.Equal(["key.create", "key.revoke"], entries.Select(a => a.Action));
        Assert.All(entries, a => Assert.Equal("cli", a.KeyId));
        Assert.Equal("beheer", db.Keys.FindById(id)!.Label);
    }

    [Fact]
    public void Keys_command_refuses_a_store_held_by_a_running_api()
    {
        using var api = new ApiFactory();
        _ = api.Database;
        var (code, _, err) = Run("keys", "list", "--data", api.DataFolder);
        Assert.Equal(1, code);
        Assert.Contains("stop the running API", err);
    }

    [Theory]
    [InlineData("keys")]
    [InlineData("keys", "create")]
    [InlineData("keys", "create", "--role", "koning")]
    [InlineData("keys", "create", "--role", "frontrunner")]
    [InlineData("keys", "create", "--role", "steward")]
    [InlineData("keys", "create", "--role")]
    [InlineData("keys", "revoke")]
    [InlineData("keys", "create", "--role", "admin", "--label", "beheer\u0001")]
    public void Bad_input_exits_non_zero_with_a_message(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.NotEqual(0, code);
        Assert.StartsWith("error:", err);
    }
}
