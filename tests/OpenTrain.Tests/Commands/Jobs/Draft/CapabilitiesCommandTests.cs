using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs.Draft;

public class CapabilitiesCommandTests
{
    private const string Body = """
        {"featureKey":"public_api_job_drafting","namespace":"job-drafts","rolloutMode":"ALL","actorIsAdmin":false,
         "capabilities":{"draftCreate":true,"draftUpdate":true,"publish":false},
         "draft":{"importFormats":["text"],"updateKeys":["jobTitle","paymentType","headcount"],
           "enums":{"paymentType":["PAY_PER_LABEL","PAY_PER_HOUR","FIXED_PRICE"]}},
         "authBootstrap":"token","enabled":true}
        """;

    [Test]
    public async Task Lists_the_set_keys_and_enum_values()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/job-drafts/capabilities", 200, Body);

        var result = await api.RunAsync("jobs", "draft", "capabilities");

        await api.AssertSingleRequest("GET", "/job-drafts/capabilities");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            Enabled:         draftCreate, draftUpdate
            Disabled:        publish
            Rollout:         ALL
            Draft keys:      jobTitle, paymentType, headcount
            Import formats:  text

            Enum values (--set <key>=<value>):
              paymentType:  PAY_PER_LABEL, PAY_PER_HOUR, FIXED_PRICE

            """);
    }

    [Test]
    public async Task An_extra_argument_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync("jobs", "draft", "capabilities", "J1"), "unexpected argument 'J1'");
    }

    [Test]
    public async Task Without_a_token_nothing_is_sent()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        var result = await api.RunAsync("jobs", "draft", "capabilities");
        await Assert.That(result.ExitCode).IsNotEqualTo(0);
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    public async Task An_unknown_set_key_from_draft_update_points_here()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/job-drafts/J1", 400, Fixtures.Envelope("Invalid request body", "BAD_REQUEST",
            """{"issues":[{"code":"unrecognized_keys","keys":["colour"],"path":[],"message":"Unrecognized key(s) in object: 'colour'"}]}"""));

        var result = await api.RunAsync("jobs", "draft", "update", "J1", "--set", "colour=red");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).EndsWith("Hint: unknown --set key 'colour': list the valid keys and values with 'opentrain jobs draft capabilities'.\n");
    }

    [Test]
    public async Task A_bad_type_from_draft_update_gets_no_capabilities_hint()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/job-drafts/J1", 400, Fixtures.Envelope("Invalid request body", "BAD_REQUEST",
            """{"issues":[{"code":"invalid_type","path":["headcount"],"message":"Expected number, received string"}]}"""));
        var result = await api.RunAsync("jobs", "draft", "update", "J1", "--set", "headcount=\"x\"");
        await Assert.That(result.Stderr).DoesNotContain("jobs draft capabilities");
    }
}
