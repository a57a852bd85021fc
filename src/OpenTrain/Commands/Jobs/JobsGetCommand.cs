using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsGetCommand
{
    internal static ApiOperation<PublicJob> Operation(string jobId) =>
        new(JobsRequests.GetPublic(jobId), (job, output) => Write(output, job))
        {
            Hints = [ex => ex.Status == 404 ? $"job {jobId} is not on the public marketplace (closed, unlisted or never published); search open jobs with '{new ShellCommand("opentrain jobs search")}'." : null],
        };

    /// <summary>The API takes 1 to 64 characters.</summary>
    internal static string JobId(string jobId, ArgumentNames names) =>
        jobId.Length <= 64 ? jobId : throw new UsageException($"{names["jobId"]} must be at most 64 characters, got {jobId.Length}");

    private static void Write(TextWriter output, PublicJob job)
    {
        output.WriteLine(job.CompanyName is { Length: > 0 } company ? $"Job {job.Id}: {job.Title} ({company})" : $"Job {job.Id}: {job.Title}");
        new KeyValueBlock()
            .Add("Status", job.Status)
            .Add("Pay", JobsSearchCommand.Pay(job.Pay))
            .Add("Category", job.Category)
            .Add("Data type", job.DataType)
            .Add("Label types", Join(job.LabelTypes))
            .Add("Experience", job.ExperienceLevel)
            .Add("Languages", Join(job.Languages) ?? "any")
            .Add("Countries", Join(job.Countries) ?? "any")
            .Add("Skills", Join(job.Skills))
            .Add("Posted", job.DatePosted)
            .Add("Valid through", job.ValidThrough)
            .Add("Updated", job.UpdatedAt)
            .Add("URL", job.Url)
            .Add("Apply", job.ApplyUrl)
            .WriteTo(output, "  ");
        if (job.DescriptionText is { Length: > 0 } description)
        {
            output.WriteLine();
            output.WriteLine($"  {description.ReplaceLineEndings("\n  ")}");
        }
    }

    private static string? Join(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join(", ", values) : null;
}
