using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

/// <summary>Proposal list items, details, interview transcripts and freelancer profiles.</summary>
public static class ProposalViews
{
    public static JsonObject Summary(SandboxState state, Proposal p)
    {
        var job = state.Jobs.Find(p.JobId)!;
        var f = state.Freelancers.Find(p.FreelancerId)!;
        return new JsonObject
        {
            ["id"] = p.Id,
            ["jobId"] = p.JobId,
            ["jobTitle"] = job.Title,
            ["createdAt"] = JsonValues.Iso(p.CreatedAt),
            ["updatedAt"] = JsonValues.Iso(p.UpdatedAt),
            ["status"] = new JsonObject { ["raw"] = p.Status, ["label"] = ProposalStatuses.Label(p.Status) },
            ["bid"] = new JsonObject { ["amountUsd"] = JsonValues.Usd(p.BidAmountUsd), ["unit"] = p.BidUnit, ["labelerHourlyRateUsd"] = null },
            ["candidate"] = new JsonObject
            {
                ["id"] = f.Id,
                ["profileSlug"] = f.Slug,
                ["displayName"] = f.DisplayName,
                ["firstName"] = f.FirstName,
                ["lastNameInitial"] = f.LastNameInitial,
                ["profileTitle"] = f.Title,
                ["profilePhotoUrl"] = state.Link($"/photos/{f.Slug}.jpg"),
                ["countryCode"] = f.CountryCode,
                ["country"] = f.Country,
                ["talentType"] = "FREELANCER",
                ["highestEarningsUsd"] = JsonValues.Usd(f.TotalEarnedUsd),
                ["reviewCount"] = f.ReviewCount,
            },
            ["metrics"] = new JsonObject { ["interviewScore"] = p.InterviewScore, ["matchScore"] = p.MatchScore },
        };
    }

    public static JsonObject Detail(SandboxState state, Proposal p)
    {
        var body = Summary(state, p);
        body["aiInterview"] = p.InterviewId is null ? null : new JsonObject
        {
            ["score"] = p.InterviewScore,
            ["summary"] = p.InterviewSummary,
            ["transcriptAvailable"] = p.Interview.Count > 0,
        };
        body["verification"] = new JsonObject
        {
            ["location"] = new JsonObject { ["status"] = "PASSED", ["method"] = "GPS", ["checkedAt"] = JsonValues.Iso(p.CreatedAt) },
            ["identity"] = new JsonObject { ["verified"] = state.Freelancers.Find(p.FreelancerId)!.IdentityVerified },
        };
        body["openLabel"] = null;
        body["contract"] = state.Contracts.Find(p.ContractId) is { } c ? new JsonObject
        {
            ["id"] = c.Id,
            ["status"] = c.Status,
            ["freelancer"] = Freelancer(state, c.FreelancerId),
        } : null;
        return body;
    }

    public static JsonObject Interview(Proposal p) => new()
    {
        ["proposalId"] = p.Id,
        ["interviewId"] = p.InterviewId,
        ["score"] = p.InterviewScore,
        ["summary"] = p.InterviewSummary,
        ["messages"] = JsonValues.Array(p.Interview.Select(m => (JsonNode?)new JsonObject
        {
            ["id"] = m.Id,
            ["role"] = m.Role,
            ["content"] = m.Content,
            ["sentAt"] = JsonValues.Iso(m.SentAt),
        })),
    };

    /// <summary>The masked <c>{userId, displayName, country, profilePath}</c> used on contracts.</summary>
    public static JsonObject Freelancer(SandboxState state, string freelancerId)
    {
        var f = state.Freelancers.Find(freelancerId)!;
        return new JsonObject { ["userId"] = f.Id, ["displayName"] = f.DisplayName, ["country"] = f.Country, ["profilePath"] = f.ProfilePath };
    }

    public static JsonObject Profile(SandboxState state, Freelancer f) => new()
    {
        ["id"] = f.Id,
        ["profileSlug"] = f.Slug,
        ["profilePath"] = f.ProfilePath,
        ["displayName"] = f.DisplayName,
        ["firstName"] = f.FirstName,
        ["lastNameInitial"] = f.LastNameInitial,
        ["talentType"] = "Individual",
        ["title"] = f.Title,
        ["bio"] = f.Bio,
        ["city"] = f.City,
        ["countryCode"] = f.CountryCode,
        ["country"] = f.Country,
        ["profilePhotoUrl"] = state.Link($"/photos/{f.Slug}.jpg"),
        ["hourlyRateUsd"] = JsonValues.Usd(f.HourlyRateUsd),
        ["availability"] = f.Availability,
        ["expertiseLevel"] = f.ExpertiseLevel,
        ["englishLevel"] = f.EnglishLevel,
        ["memberSince"] = JsonValues.Iso(f.MemberSince),
        ["identityVerified"] = f.IdentityVerified,
        ["skills"] = new JsonObject
        {
            ["subjectMatter"] = JsonValues.Strings(["Social media"]),
            ["tags"] = JsonValues.Strings(f.Tags),
            ["software"] = JsonValues.Strings(["Label Studio"]),
            ["dataTypes"] = JsonValues.Strings(["TEXT"]),
            ["labelTypes"] = JsonValues.Strings(["CLASSIFICATION"]),
        },
        ["languages"] = JsonValues.Array(f.Languages.Select(l => (JsonNode?)new JsonObject { ["language"] = l.Language, ["proficiency"] = l.Proficiency })),
        ["stats"] = new JsonObject
        {
            ["totalEarnedUsd"] = JsonValues.Usd(f.TotalEarnedUsd),
            ["billedHours"] = (int)(f.TotalEarnedUsd / f.HourlyRateUsd),
            ["jobSuccessScore"] = 95,
            ["reviewCount"] = f.ReviewCount,
            ["averageRating"] = f.AverageRating,
        },
        ["agency"] = null,
        ["labelExperience"] = new JsonArray(new JsonObject
        {
            ["id"] = "exp_" + f.Slug,
            ["title"] = f.Title + " project",
            ["description"] = "Large-scale annotation for a model training corpus.",
            ["fromYear"] = 2023,
            ["toYear"] = 2025,
            ["ongoing"] = false,
            ["software"] = "Label Studio",
            ["dataType"] = "TEXT",
            ["labelTypes"] = JsonValues.Strings(["CLASSIFICATION"]),
        }),
        ["workExperience"] = new JsonArray(),
        ["education"] = new JsonArray(),
        ["reviews"] = new JsonArray(new JsonObject
        {
            ["id"] = "rev_" + f.Slug,
            ["rating"] = 5,
            ["comment"] = "Fast, precise, great guideline questions.",
            ["createdAt"] = JsonValues.Iso(f.MemberSince.AddMonths(6)),
        }),
    };
}
