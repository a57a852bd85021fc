using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs.Draft;

/// <summary>The parsed <c>dataVolume</c> reads with its <c>dataVolumeUnit</c>.</summary>
public class DataVolumeTests
{
    [Test]
    [Arguments("NUMBER_OF_FILES", "20,000 files")]
    [Arguments("NUMBER_OF_WORDS", "20,000 words")]
    [Arguments("HOURS_OF_RECORDING_AUDIO_VIDEO", "20,000 hours of audio/video")]
    [Arguments("UNKNOWN_NOT_SPECIFIED", "20,000 (unit not specified)")]
    public async Task Data_volume_shows_its_unit(string unit, string expected)
    {
        await using var api = await ApiSession.StartAsync();
        var body = CreateCommandTests.NotReady.Replace("\"headcount\":5}", $"\"headcount\":5,\"dataVolume\":20000,\"dataVolumeUnit\":\"{unit}\"}}", StringComparison.Ordinal);
        api.On("POST", "/api/public/v1/job-drafts", 201, body);

        var result = await api.RunAsync("jobs", "draft", "create", "--description", "Label 20,000 files");

        await Assert.That(result.Stdout).Contains($"  dataVolume:      {expected}\n");
        await Assert.That(result.Stdout).Contains($"  dataVolumeUnit:  {unit}\n");
    }
}
