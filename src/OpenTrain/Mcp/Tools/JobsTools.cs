using System.Text.Json.Nodes;
using OpenTrain.Toolkit;
using OpenTrain.Commands.Jobs;
using OpenTrain.Commands.Jobs.Draft;

namespace OpenTrain.Mcp.Tools;

/// <summary>Job drafts, publishing, your jobs and the public marketplace.</summary>
internal static class JobsTools
{
    private const string Fields =
        "Fields to set, as API field names and JSON values, e.g. {\"jobTitle\": \"Spanish sentiment labeling\", \"paymentType\": \"PAY_PER_LABEL\", " +
        "\"pricePerLabel\": 0.06, \"headcount\": 5, \"languages\": [\"Spanish\"], \"experienceLevel\": \"INTERMEDIATE\"}. " +
        "opentrain_capabilities lists every accepted key and enum.";

    /// <summary>A tool that sets fields on a job, as both edit tools do: its id and the fields object.</summary>
    private static McpTool SetFields<T>(string name, string title, string command, string description, string jobIdDescription,
        Func<string, JsonObject, ApiOperation<T>> build) =>
        McpTool.For(name, title, command, description,
            new ToolSchema().String("jobId", jobIdDescription, required: true).Object("fields", Fields, required: true),
            (args, _) => build(args.Id("jobId"), args.Fields()));

    public static IEnumerable<McpTool> All() =>
    [
        McpTool.For("opentrain_create_job_draft", "Create a job draft", "jobs draft create",
            "Create a job draft from a plain-text description; OpenTrain extracts title, pay, languages and the rest, and returns " +
            "the draft with its validation (missing fields). Fill gaps with opentrain_update_job_draft_fields, then opentrain_publish_job.",
            new ToolSchema()
                .String("jobDescription", "The job description in plain text (up to 60,000 characters): task, data, pay, languages, headcount.", required: true)
                .String("externalId", "Your own reference, stored on the draft.")
                .String("idempotencyKey", "Repeating a create with the same key returns the existing draft instead of a new one."),
            (args, _) => JobsDraftCreateCommand.Operation(args.Required("jobDescription"), args.String("externalId"), args.String("idempotencyKey"))),

        SetFields("opentrain_update_job_draft_fields", "Update a job draft", "jobs draft update",
            "Set fields on a DRAFT job and get its updated validation. For a published (OPEN) job use opentrain_update_published_job.",
            "The draft's job id, from opentrain_create_job_draft.", JobsDraftUpdateCommand.Operation),

        McpTool.ForId("opentrain_publish_job", "Publish a job", "jobs publish",
            "Publish a publish-ready draft to the marketplace (moderated). Unclaimed accounts may publish 3 jobs a day, claimed ones 20. " +
            "Proposals then arrive: see opentrain_list_proposals.",
            "jobId", "The draft job to publish.", JobsPublishCommand.Operation),

        SetFields("opentrain_update_published_job", "Edit a published job", "jobs update-published",
            "Edit fields of a published (OPEN) job; the edit is moderated again, and a blocked edit sends the job back to DRAFT.",
            "The published job to edit.", JobsUpdatePublishedCommand.Operation),

        McpTool.ForId("opentrain_close_job", "Close a job", "jobs close",
            "Close a job to new applicants. Existing contracts are not affected.",
            "jobId", "The job to close.", JobsCloseCommand.Operation),

        McpTool.For("opentrain_list_jobs", "List my jobs", "jobs list",
            "List the jobs this account owns, drafts included, newest first, with proposal counts.",
            new ToolSchema()
                .Enum("status", "Only jobs in this status.", JobEnums.Statuses)
                .Paged("Jobs per page, 1 to 100 (default 25)."),
            (args, _) => JobsListCommand.Operation(args.Enum("status", JobEnums.Statuses), args.Page())),

        McpTool.For("opentrain_search_jobs", "Search the marketplace", "jobs search",
            "Search the public job marketplace (no token needed, none is sent): every OPEN job of every employer.",
            new ToolSchema()
                .String("q", "Free text matched against titles and descriptions.")
                .String("language", "Only jobs requiring this language, e.g. Spanish.")
                .String("country", "Only jobs open to this country, e.g. US.")
                .Enum("payType", "Only this pay type.", JobEnums.PayTypes)
                .Paged(),
            (args, _) => JobsSearchCommand.Operation(
                new JobSearchFilters(args.String("q"), args.String("language"), args.String("country"), args.Enum("payType", JobEnums.PayTypes)),
                args.Page())) with { Onboarding = true },

        McpTool.For("opentrain_job_facets", "Count open jobs by facet", "jobs facets",
            "Count the public marketplace's open jobs by category, language, country and pay type (no token needed, none is sent): " +
            "what kinds of work are posted, before drafting or searching.",
            ToolSchema.None, (_, _) => JobsFacetsCommand.Operation()) with { Onboarding = true, Extra = true },

        McpTool.ForId("opentrain_get_job", "Show a public job", "jobs get",
            "Show one public marketplace job (no token needed, none is sent): pay, languages, countries, description and apply URL.",
            "jobId", "The public job to show (1 to 64 characters).", id => JobsGetCommand.Operation(JobsGetCommand.JobId(id, ArgumentNames.Tool))) with { Onboarding = true, Extra = true },

        McpTool.For("opentrain_job_changes", "Public job changes", "jobs changes",
            "List public jobs published, updated or closed since a time (no token needed, none is sent): the latest event per job, " +
            "up to 5,000 per call. Pass the response's 'until' as the next call's 'since' to keep following the feed.",
            new ToolSchema().String("since", "ISO 8601 time to start from, e.g. 2026-06-12T08:00:00Z.", required: true),
            (args, _) => JobsChangesCommand.Operation(JobsChangesCommand.Since(args.String("since"), ArgumentNames.Tool))) with { Onboarding = true, Extra = true },
    ];
}
