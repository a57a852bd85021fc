using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Sandbox.Drafts;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

/// <summary>Draft responses, own-job list items and the public marketplace job object.</summary>
public static partial class JobViews
{
    public static string DraftUrl(SandboxState state, Job job) => state.Link("/job-post?jobId=" + job.Id);

    public static string JobUrl(SandboxState state, Job job) => state.Link("/jobs/" + job.Id);

    /// <summary>Full <c>POST /job-drafts</c> body.</summary>
    public static JsonObject DraftCreated(SandboxState state, Job job)
    {
        var validation = DraftFields.Validation(job.Fields);
        return new JsonObject
        {
            ["ok"] = true,
            ["jobId"] = job.Id,
            ["status"] = job.Status,
            ["draftUrl"] = DraftUrl(state, job),
            ["reviewUrl"] = DraftUrl(state, job),
            ["validation"] = validation,
            ["missingFields"] = validation["missingFields"]!.DeepClone(),
            ["normalizedFields"] = job.Fields.DeepClone(),
            ["warnings"] = JsonValues.Strings(job.Warnings),
            ["unmappedFields"] = job.UnmappedFields.DeepClone(),
            ["lowConfidenceFields"] = job.LowConfidenceFields.DeepClone(),
        };
    }

    /// <summary><c>PATCH /job-drafts/{id}</c> body.</summary>
    public static JsonObject DraftUpdated(SandboxState state, Job job)
    {
        var validation = DraftFields.Validation(job.Fields);
        return new JsonObject
        {
            ["ok"] = true,
            ["jobId"] = job.Id,
            ["status"] = job.Status,
            ["draftUrl"] = DraftUrl(state, job),
            ["validation"] = validation,
            ["missingFields"] = validation["missingFields"]!.DeepClone(),
        };
    }

    public static JsonObject MineItem(SandboxState state, Job job)
    {
        var proposals = state.Proposals.All.Where(p => p.JobId == job.Id).ToList();
        return new JsonObject
        {
            ["id"] = job.Id,
            ["title"] = job.Title,
            ["status"] = job.Status,
            ["published"] = job.Status == JobStatuses.Open,
            ["acceptingApplicants"] = job.Status == JobStatuses.Open,
            ["createdAt"] = JsonValues.Iso(job.CreatedAt),
            ["updatedAt"] = JsonValues.Iso(job.UpdatedAt),
            ["jobUrl"] = JobUrl(state, job),
            ["proposalCounts"] = new JsonObject
            {
                ["total"] = proposals.Count,
                ["unreviewed"] = proposals.Count(p => p.Status == ProposalStatuses.Unreviewed),
            },
        };
    }

    public static JsonObject PublicJob(SandboxState state, Job job)
    {
        var f = job.Fields;
        var slug = Slug(job.Title ?? "job");
        var description = job.Description ?? "";
        var paymentType = f["paymentType"]?.GetValue<string>();
        var dataType = f["dataType"]?.GetValue<string>();
        var labelTypes = f["labelTypes"]?.DeepClone() ?? new JsonArray();
        return new JsonObject
        {
            ["id"] = job.Id,
            ["slug"] = slug,
            ["title"] = job.Title,
            ["companyName"] = job.CompanyName,
            ["descriptionText"] = description,
            ["descriptionHtml"] = "<p>" + WebUtility.HtmlEncode(description) + "</p>",
            ["seoTitle"] = null,
            ["summary"] = null,
            ["status"] = job.Status,
            ["datePosted"] = JsonValues.Iso(job.PublishedAt),
            ["validThrough"] = JsonValues.Iso(job.PublishedAt?.AddDays(56)),
            ["updatedAt"] = JsonValues.Iso(job.UpdatedAt),
            ["employmentTypes"] = JsonValues.Strings(["CONTRACTOR"]),
            ["countries"] = f["countries"]?.DeepClone() ?? new JsonArray(),
            ["languages"] = f["languages"]?.DeepClone() ?? new JsonArray(),
            ["category"] = dataType is null ? "Data Annotation" : dataType + " Annotation",
            ["dataType"] = dataType,
            ["labelTypes"] = labelTypes,
            ["labelingSoftware"] = f["labelingSoftware"]?.DeepClone(),
            ["experienceLevel"] = ExperienceLabel(f["experienceLevel"]?.GetValue<string>()),
            ["skills"] = labelTypes.DeepClone(),
            ["pay"] = new JsonObject
            {
                ["paymentType"] = paymentType,
                ["currency"] = "USD",
                ["hourlyRate"] = paymentType == "PAY_PER_HOUR" ? f["pricePerHour"]?.DeepClone() : null,
                ["hourlyMin"] = null,
                ["hourlyMax"] = null,
                ["fixedPrice"] = paymentType == "FIXED_PRICE" ? f["fixedPrice"]?.DeepClone() : null,
                ["perLabelRate"] = paymentType == "PAY_PER_LABEL" ? f["pricePerLabel"]?.DeepClone() : null,
            },
            ["url"] = state.Link($"/jobs/{slug}-{job.Id}"),
            ["applyUrl"] = state.Link($"/api/out?job={job.Id}&src=www_seo"),
        };
    }

    public static string? ExperienceLabel(string? level) => level switch
    {
        "EXPERT" => "Expert",
        "ENTRY_LEVEL" => "Entry level",
        "INTERMEDIATE" => "Intermediate",
        "ANY_EXPERIENCE_LEVEL" => "Any experience level",
        _ => null,
    };

    public static string Slug(string title)
    {
        var slug = NonAlphanumeric().Replace(title.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "job" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
