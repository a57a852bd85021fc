using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs.Draft;

public class UpdateCommandTests
{
    [Test]
    public async Task Every_set_is_merged_into_one_typed_patch()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/job-drafts/J1", 200, CreateCommandTests.Ready);

        var result = await api.RunAsync("jobs", "draft", "update", "J1", "--set", "pricePerHour=25", "--set=remote=true", "--set", "x=null",
            "--set", """langs=["a","b"]""", "--set", "level=INTERMEDIATE", "--set", "num=18.50", "--set", "title=a=b c", "--set", "level=EXPERT",
            "--set", "empty=", "--set", "quoted=\"42\"");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Method).IsEqualTo("PATCH");
        await Assert.That(request.Body).IsEqualTo(
            """{"pricePerHour":25,"remote":true,"x":null,"langs":["a","b"],"level":"EXPERT","num":18.50,"title":"a=b c","empty":"","quoted":"42"}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            Updated job draft J1 (DRAFT).
              Draft URL:      https://app.opentrain.ai/job-post?jobId=J1
              Publish-ready:  yes

            Next: publish it:
              opentrain jobs publish J1

            """);
    }

    [Test]
    public async Task Still_missing_fields_are_listed_like_draft_create()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/job-drafts/J1", 200,
            """{"ok":true,"jobId":"J1","status":"DRAFT","validation":{"publishReady":false,"missingFieldCount":1,"missingFields":["dataVolumeUnit"],"issues":[{"path":["pricePerLabel"],"message":"must be positive"}]}}""");

        var result = await api.RunAsync("jobs", "draft", "update", "--job-id", "J1", "--set", "pricePerLabel=-1");

        await Assert.That(result.Stdout).Contains("""
            Missing fields (1):
              dataVolumeUnit
                Set:    --set dataVolumeUnit=<value>

            Issues (1):
              - pricePerLabel: must be positive

            Next: fill in the missing fields, then run:
              opentrain jobs draft update J1 --set 'dataVolumeUnit=<value>'
            """);
    }

    [Test]
    public async Task An_id_with_a_space_reaches_its_path_and_json_prints_the_body()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/job-drafts/J 1", 200, """{"ok":true,"jobId":"J 1"}""");

        var result = await api.RunAsync("jobs", "draft", "update", "J 1", "--set", "a=1", "--json");

        await Assert.That(result.Stdout).IsEqualTo("{\n  \"ok\": true,\n  \"jobId\": \"J 1\"\n}\n");
    }

    [Test]
    [Arguments(new[] { "J1" }, "at least one --set key=value is required")]
    [Arguments(new[] { "J1", "--set", "novalue" }, "--set 'novalue' is not key=value")]
    [Arguments(new[] { "J1", "--set", "=5" }, "--set '=5' has an empty key")]
    [Arguments(new[] { "J1", "--set" }, "--set needs a value")]
    [Arguments(new[] { "--set", "a=1" }, "--job-id is required")]
    [Arguments(new[] { "J1", "--job-id", "J2", "--set", "a=1" }, "the id was given twice with different values ('J1' and --job-id 'J2')")]
    public async Task Usage_errors_send_nothing(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        var result = await api.RunAsync(["jobs", "draft", "update", .. args]);
        await api.AssertUsageErrorAsync(result, message);
    }

    [Test]
    public async Task Unknown_keys_rejected_by_the_server_show_its_issues()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/job-drafts/J1", 400, Fixtures.Envelope("Invalid draft fields", "BAD_REQUEST", """{"issues":[{"path":["colour"],"message":"Unrecognized key"}]}"""));

        var result = await api.RunAsync("jobs", "draft", "update", "J1", "--set", "colour=red");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("OpenTrain API request failed (400 BAD_REQUEST): Invalid draft fields\nDetails: {\"issues\"");
    }
}
