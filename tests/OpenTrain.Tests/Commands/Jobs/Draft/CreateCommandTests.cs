using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs.Draft;

public class CreateCommandTests
{
    internal const string NotReady = """
        {"ok":true,"jobId":"J1","status":"DRAFT","draftUrl":"https://app.opentrain.ai/job-post?jobId=J1","reviewUrl":"https://app.opentrain.ai/job-post?jobId=J1",
         "validation":{"publishReady":false,"issueCount":0,"missingFieldCount":2,"missingFields":[],"issues":[]},
         "missingFields":[
          {"field":"experienceLevel","label":"Experience level","message":"Experience level is required before publishing.","code":"missing_required_field",
           "prompt":"ask: What experience level should AI trainers have? (EXPERT, ENTRY_LEVEL, INTERMEDIATE, ANY_EXPERIENCE_LEVEL)","type":"enum",
           "enumValues":["EXPERT","ENTRY_LEVEL","INTERMEDIATE","ANY_EXPERIENCE_LEVEL"],"updateKeys":["experienceLevel"],"example":"INTERMEDIATE","hint":"Pick the minimum level the work realistically needs."},
          {"field":"pricePerLabel","label":"Price per label","message":"A pay rate is required before publishing.","code":"missing_required_field",
           "prompt":"ask: How much will you pay per label (USD)?","type":"number","enumValues":null,"updateKeys":["pricePerLabel"],"example":"0.05","hint":null}],
         "normalizedFields":{"jobTitle":"Spanish Sentiment Labeling — Social Media Posts","paymentType":"PAY_PER_LABEL","languages":["Spanish","English"],"headcount":5},
         "warnings":["Budget looks low for the volume."],"unmappedFields":[],"lowConfidenceFields":[]}
        """;

    internal const string Ready = """
        {"ok":true,"jobId":"J1","status":"DRAFT","draftUrl":"https://app.opentrain.ai/job-post?jobId=J1","validation":{"publishReady":true,"issueCount":0,"missingFieldCount":0,"missingFields":[],"issues":[]}}
        """;

    [Test]
    public async Task Sends_the_text_source_and_shows_each_missing_field_with_the_next_command()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/job-drafts", 201, NotReady);

        var result = await api.RunAsync("jobs", "draft", "create", "--description", "We need 5 Spanish speakers", "--external-id", "acme-7", "--idempotency-key", "acme-7-v1");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Body).IsEqualTo("""{"source":{"type":"text","text":"We need 5 Spanish speakers","externalId":"acme-7","idempotencyKey":"acme-7-v1"}}""");
        await Assert.That(request.Header("Authorization")).IsEqualTo($"Bearer {ApiSession.Token}");
        await Assert.That(request.Header("Content-Type")).IsEqualTo("application/json");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            Created job draft J1 (DRAFT).
              Draft URL:      https://app.opentrain.ai/job-post?jobId=J1
              Publish-ready:  no, 2 fields missing

            Parsed fields:
              jobTitle:     Spanish Sentiment Labeling — Social Media Posts
              paymentType:  PAY_PER_LABEL
              languages:    Spanish, English
              headcount:    5

            Warnings:
              - Budget looks low for the volume.

            Missing fields (2):
              experienceLevel  Experience level
                Ask:    What experience level should AI trainers have? (EXPERT, ENTRY_LEVEL, INTERMEDIATE, ANY_EXPERIENCE_LEVEL)
                Type:   enum
                Values: EXPERT, ENTRY_LEVEL, INTERMEDIATE, ANY_EXPERIENCE_LEVEL
                Set:    --set experienceLevel=INTERMEDIATE
                Hint:   Pick the minimum level the work realistically needs.
              pricePerLabel  Price per label
                Ask:    How much will you pay per label (USD)?
                Type:   number
                Set:    --set pricePerLabel=0.05

            Next: answer the questions, then run:
              opentrain jobs draft update J1 --set experienceLevel=INTERMEDIATE --set pricePerLabel=0.05

            """);
        await Assert.That(result.Stderr).IsEmpty();
    }

    [Test]
    public async Task Text_is_an_alias_and_a_ready_draft_suggests_publish()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/job-drafts", 201, Ready);

        var result = await api.RunAsync("jobs", "draft", "create", "--text=Label 100 tweets");

        await Assert.That((await api.SingleRequestAsync()).Body).IsEqualTo("""{"source":{"type":"text","text":"Label 100 tweets"}}""");
        await Assert.That(result.Stdout).Contains("Publish-ready:  yes\n");
        await Assert.That(result.Stdout).EndsWith("Next: publish it:\n  opentrain jobs publish J1\n");
    }

    [Test]
    public async Task Description_file_is_read_without_its_final_newline()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/job-drafts", 201, Ready);
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "Line one\n\"quoted\" é\n");
        try
        {
            var result = await api.RunAsync("jobs", "draft", "create", "--description-file", file);
            await Assert.That(result.ExitCode).IsEqualTo(0);
            await Assert.That((await api.SingleRequestAsync()).Body).IsEqualTo("""{"source":{"type":"text","text":"Line one\n\"quoted\" é"}}""");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Description_file_dash_reads_standard_input()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/job-drafts", 201, Ready);

        var result = await api.RunWithStdinAsync("From stdin\n", "jobs", "draft", "create", "--description-file", "-");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That((await api.SingleRequestAsync()).Body).IsEqualTo("""{"source":{"type":"text","text":"From stdin"}}""");
    }

    [Test]
    [Arguments(new string[0], "--description or --description-file is required")]
    [Arguments(new[] { "--description", "a", "--description-file", "b" }, "give --description or --description-file, not both")]
    [Arguments(new[] { "--text", "a", "--description-file", "-" }, "give --description or --description-file, not both")]
    [Arguments(new[] { "--description", "  " }, "the description is empty")]
    [Arguments(new[] { "--description" }, "--description needs a value")]
    [Arguments(new[] { "--bogus", "x" }, "unknown flag '--bogus'. Run 'opentrain jobs draft create --help' for its flags.")]
    public async Task Usage_errors_send_nothing(string[] flags, string message)
    {
        await using var api = await ApiSession.StartAsync();
        var result = await api.RunAsync(["jobs", "draft", "create", .. flags]);
        await api.AssertUsageErrorAsync(result, message);
    }

    [Test]
    public async Task An_unreadable_file_is_a_clear_error()
    {
        await using var api = await ApiSession.StartAsync();

        var result = await api.RunAsync("jobs", "draft", "create", "--description-file", "/nonexistent/brief.txt");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("Error: cannot read --description-file '/nonexistent/brief.txt': no such file\n");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    public async Task A_directory_is_not_a_description_file()
    {
        await using var api = await ApiSession.StartAsync();
        var result = await api.RunAsync("jobs", "draft", "create", "--description-file", Path.GetTempPath());
        await Assert.That(result.Stderr).Contains("it is a directory");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    public async Task Feature_off_is_rendered_as_the_api_error()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/job-drafts", 403, Fixtures.Envelope("Job drafting is not enabled", "FORBIDDEN", """{"featureKey":"public_api_job_drafting","mode":"ALLOWLIST"}"""));

        var result = await api.RunAsync("jobs", "draft", "create", "--description", "x");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo(
            "OpenTrain API request failed (403 FORBIDDEN): Job drafting is not enabled\nDetails: {\"featureKey\":\"public_api_job_drafting\",\"mode\":\"ALLOWLIST\"}\n");
    }
}
