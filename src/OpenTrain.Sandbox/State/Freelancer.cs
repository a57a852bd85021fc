namespace OpenTrain.Sandbox.State;

/// <summary>An AI trainer in the seeded catalog (masked: first name + last initial, no contact data).</summary>
public sealed class Freelancer : IEntity
{
    public required string Id { get; init; }
    public required string Slug { get; init; }
    public required string FirstName { get; init; }
    public required string LastNameInitial { get; init; }
    public required string Title { get; init; }
    public required string Bio { get; init; }
    public required string City { get; init; }
    public required string CountryCode { get; init; }
    public required string Country { get; init; }
    public required decimal HourlyRateUsd { get; init; }
    public string Availability { get; init; } = "FULL_TIME";
    public string ExpertiseLevel { get; init; } = "EXPERT";
    public string EnglishLevel { get; init; } = "FLUENT";
    public required DateTimeOffset MemberSince { get; init; }
    public bool IdentityVerified { get; init; } = true;
    public required IReadOnlyList<(string Language, string Proficiency)> Languages { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public decimal TotalEarnedUsd { get; init; }
    public int ReviewCount { get; init; }
    public double AverageRating { get; init; }

    public string DisplayName => $"{FirstName} {LastNameInitial}.";
    public string ProfilePath => "/profile/" + Slug;
    public bool IsAvailable => Availability != "NOT_AVAILABLE";
}
