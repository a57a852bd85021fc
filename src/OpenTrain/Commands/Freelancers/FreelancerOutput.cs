using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Freelancers;

/// <summary>A masked profile as a person reads it: only what the API returned, never contact details.</summary>
internal static class FreelancerOutput
{
    /// <summary><c>Spanish (Native), English (Fluent)</c>, or null when none are listed.</summary>
    public static string? Languages(IReadOnlyList<FreelancerLanguage>? languages) =>
        List(languages?.Select(l => l.Proficiency is { } p ? $"{l.Language} ({p})" : l.Language));

    private const int ReviewsShown = 5;

    public static void Write(TextWriter output, FreelancerProfile profile, string baseUrl)
    {
        output.WriteLine(MaskedName.Of(profile.DisplayName, profile.FirstName, profile.LastNameInitial) + (profile.Title is { Length: > 0 } t ? $": {t}" : ""));
        var skills = profile.Skills;
        var stats = profile.Stats;
        new KeyValueBlock()
            .Add("ID", profile.Id)
            .Add("Profile", profile.ProfilePath is { } path && path.StartsWith('/') ? baseUrl + path : profile.ProfilePath ?? profile.ProfileSlug)
            .Add("Location", Join(", ", profile.City, profile.Country ?? profile.CountryCode))
            .Add("Talent type", profile.TalentType)
            .Add("Hourly rate", AmountText.Rate(profile.HourlyRateUsd, "per_hour"))
            .Add("Availability", profile.Availability)
            .Add("Expertise", profile.ExpertiseLevel)
            .Add("English", profile.EnglishLevel)
            .Add("Identity", profile.IdentityVerified switch { true => "verified", false => "not verified", null => null })
            .Add("Member since", profile.MemberSince)
            .Add("Languages", Languages(profile.Languages))
            .Add("Subject matter", List(skills?.SubjectMatter))
            .Add("Skills", List(skills?.Tags))
            .Add("Data types", List(skills?.DataTypes))
            .Add("Label types", List(skills?.LabelTypes))
            .Add("Software", List(skills?.Software))
            .Add("Earned", Join(" over ", AmountText.Usd(stats?.TotalEarnedUsd), Quantity.Of(stats?.BilledHours, "billed hour")))
            .Add("Job success", stats?.JobSuccessScore is { } score ? $"{AmountText.Plain(score)}%" : null)
            .Add("Rating", Rating(stats))
            .WriteTo(output, "  ");
        Section(output, "Bio", profile.Bio is { Length: > 0 } bio ? [bio] : []);
        Section(output, "Labeling experience", profile.LabelExperience?.Select(Experience));
        Section(output, "Latest reviews", profile.Reviews?.Take(ReviewsShown).Select(r =>
            Join("  ", r.Rating is { } stars ? $"{AmountText.Plain(stars)}/5" : null, r.CreatedAt, r.Comment)));
    }

    private static string? Rating(FreelancerStats? stats)
    {
        if (stats?.AverageRating is not { } rating) return stats?.ReviewCount is { } n ? $"{n} reviews" : null;
        return $"{AmountText.Plain(rating)}" + (stats.ReviewCount is { } count ? $" ({count} review{(count == 1 ? "" : "s")})" : "");
    }

    private static string Experience(LabelExperience item)
    {
        var years = item.FromYear is { } from ? $"{from}–{(item.Ongoing == true ? "now" : item.ToYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")}" : null;
        return Join("  ", years, Join(": ", item.Title, item.Description)) ?? "";
    }

    private static void Section(TextWriter output, string title, IEnumerable<string?>? lines)
    {
        var shown = lines?.Where(l => !string.IsNullOrWhiteSpace(l)).ToList() ?? [];
        if (shown.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"{title}:");
        foreach (var line in shown) output.WriteLine($"  {line!.ReplaceLineEndings("\n  ")}");
    }

    private static string? List(IEnumerable<string?>? values)
    {
        var items = values?.Where(v => !string.IsNullOrEmpty(v)).ToList();
        return items is { Count: > 0 } ? string.Join(", ", items) : null;
    }

    private static string? Join(string separator, params string?[] parts) => List(parts) is null ? null : string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));
}
