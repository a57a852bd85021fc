namespace OpenTrain.Generated.Contracts;

/// <summary>GET /freelancers/{idOrSlug}: a masked public profile.</summary>
public sealed record FreelancerEnvelope(FreelancerProfile? Freelancer);

public sealed record FreelancerProfile(
    string? Id, string? ProfileSlug, string? ProfilePath, string? DisplayName, string? FirstName, string? LastNameInitial,
    string? TalentType, string? Title, string? Bio, string? City, string? CountryCode, string? Country,
    decimal? HourlyRateUsd, string? Availability, string? ExpertiseLevel, string? EnglishLevel, string? MemberSince,
    bool? IdentityVerified, FreelancerSkills? Skills, IReadOnlyList<FreelancerLanguage>? Languages, FreelancerStats? Stats,
    IReadOnlyList<LabelExperience>? LabelExperience, IReadOnlyList<FreelancerReview>? Reviews);

public sealed record FreelancerSkills(
    IReadOnlyList<string>? SubjectMatter, IReadOnlyList<string>? Tags, IReadOnlyList<string>? Software,
    IReadOnlyList<string>? DataTypes, IReadOnlyList<string>? LabelTypes);

public sealed record FreelancerLanguage(string? Language, string? Proficiency);

public sealed record FreelancerStats(decimal? TotalEarnedUsd, decimal? BilledHours, decimal? JobSuccessScore, int? ReviewCount, decimal? AverageRating);

public sealed record LabelExperience(string? Title, string? Description, int? FromYear, int? ToYear, bool? Ongoing);

public sealed record FreelancerReview(string? Id, decimal? Rating, string? Comment, string? CreatedAt);
