using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.State;

/// <summary>The seeded world: a freelancer catalog and a few public jobs from another employer ("Acme AI").</summary>
public static class SeedData
{
    public const string AcmeOwnerEmail = "owner@acme.example";

    public static void Apply(SandboxState state)
    {
        var since = new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.Zero);
        AddFreelancer(state, "maria-g", "Maria", "G", "Text Annotation Specialist", "Madrid", "ES", "Spain", 18m,
            [("Spanish", "NATIVE"), ("English", "FLUENT")], ["SENTIMENT_ANALYSIS", "TEXT_CLASSIFICATION"], 2400m, 7, 4.9, since);
        AddFreelancer(state, "liam-o", "Liam", "O", "Audio Transcriptionist", "Dublin", "IE", "Ireland", 22m,
            [("English", "NATIVE")], ["TRANSCRIPTION", "AUDIO_ANNOTATION"], 5100m, 12, 4.8, since.AddMonths(2));
        AddFreelancer(state, "aiko-t", "Aiko", "T", "Image Annotation Lead", "Osaka", "JP", "Japan", 20m,
            [("Japanese", "NATIVE"), ("English", "FLUENT")], ["BOUNDING_BOX", "SEGMENTATION"], 3900m, 9, 5.0, since.AddMonths(4));
        AddFreelancer(state, "carlos-r", "Carlos", "R", "Data Labeler", "Mexico City", "MX", "Mexico", 12m,
            [("Spanish", "NATIVE"), ("English", "CONVERSATIONAL")], ["TEXT_CLASSIFICATION", "NER"], 800m, 3, 4.6, since.AddMonths(6));
        AddFreelancer(state, "fatima-b", "Fatima", "B", "RLHF Rater", "Casablanca", "MA", "Morocco", 16m,
            [("Arabic", "NATIVE"), ("French", "FLUENT"), ("English", "FLUENT")], ["RLHF", "PREFERENCE_RANKING"], 1500m, 5, 4.7, since.AddMonths(8));
        AddFreelancer(state, "noah-k", "Noah", "K", "Linguist (currently booked)", "Berlin", "DE", "Germany", 30m,
            [("German", "NATIVE"), ("English", "FLUENT")], ["TRANSCRIPTION"], 7000m, 15, 4.9, since.AddMonths(1), availability: "NOT_AVAILABLE");

        var acme = state.CreateAccount("Acme AI", null);
        state.MarkClaimed(acme, AcmeOwnerEmail, "Dana", "Owner");
        AddPublicJob(state, acme, "Spanish Audio Annotation", "Transcribe and annotate Spanish call-center audio. Native Spanish speakers, intermediate level.",
            "PAY_PER_HOUR", 12m, ["Spanish"], [], "INTERMEDIATE", "Audio", ["Transcription"]);
        AddPublicJob(state, acme, "English Tweet Sentiment Labeling", "Label 20,000 English tweets as positive, negative or neutral. $0.05 per label.",
            "PAY_PER_LABEL", 0.05m, ["English"], ["US", "GB"], "ENTRY_LEVEL", "Text", ["Sentiment Analysis"]);
        AddPublicJob(state, acme, "Japanese Image Bounding Boxes", "Draw bounding boxes around street signs in 5,000 images. Fixed price project.",
            "FIXED_PRICE", 1500m, ["Japanese"], ["JP"], "EXPERT", "Image", ["Bounding Box"]);
    }

    private static void AddFreelancer(SandboxState state, string slug, string first, string initial, string title, string city,
        string countryCode, string country, decimal rate, IReadOnlyList<(string, string)> languages, IReadOnlyList<string> tags,
        decimal earned, int reviews, double rating, DateTimeOffset since, string availability = "FULL_TIME") =>
        state.Freelancers.Add(new Freelancer
        {
            Id = state.NewId("usr"),
            Slug = slug,
            FirstName = first,
            LastNameInitial = initial,
            Title = title,
            Bio = $"{title} based in {city} with several years of data-labeling experience.",
            City = city,
            CountryCode = countryCode,
            Country = country,
            HourlyRateUsd = rate,
            Availability = availability,
            MemberSince = since,
            Languages = languages,
            Tags = tags,
            TotalEarnedUsd = earned,
            ReviewCount = reviews,
            AverageRating = rating,
        });

    private static void AddPublicJob(SandboxState state, Account owner, string title, string description, string paymentType, decimal rate,
        string[] languages, string[] countries, string experience, string dataType, string[] labelTypes)
    {
        var job = state.Jobs.Add(new Job { Id = state.NewId("job"), AccountId = owner.Id, CreatedAt = state.Now, CompanyName = owner.OrganizationName });
        job.Fields["jobTitle"] = title;
        job.Fields["jobDescription"] = description;
        job.Fields["paymentType"] = paymentType;
        job.Fields[Drafts.DraftFields.RateKeyFor(paymentType)!] = JsonValues.Usd(rate);
        job.Fields["languages"] = JsonValues.Strings(languages);
        job.Fields["countries"] = JsonValues.Strings(countries);
        job.Fields["experienceLevel"] = experience;
        job.Fields["dataVolumeUnit"] = "UNKNOWN_NOT_SPECIFIED";
        job.Fields["dataType"] = dataType;
        job.Fields["labelTypes"] = JsonValues.Strings(labelTypes);
        job.Status = JobStatuses.Open;
        job.PublishedAt = state.Now;
        job.UpdatedAt = state.Now;
    }
}
