using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>
/// Volumes in human output always carry their unit: <c>20,000 labels</c>, <c>12.5 hours</c>,
/// <c>1 hour</c>. Money is <see cref="Money"/>/<see cref="AmountText"/> (<c>$…</c>).
/// </summary>
internal static class Quantity
{
    /// <summary><c>20,000 labels</c>; <paramref name="unit"/> is the singular, pluralised with an s unless the value is 1.</summary>
    public static string? Of(decimal? value, string unit) =>
        value is not { } v ? null : $"{Number(v)} {(v == 1 ? unit : unit + "s")}";

    /// <summary>A contract's or milestone's volume: hours on hourly contracts, labels on per-label ones.</summary>
    public static string? ContractVolume(decimal? value, string? paymentType) => paymentType switch
    {
        _ when value is null => null,
        "PAY_PER_HOUR" => Of(value, "hour"),
        "PAY_PER_LABEL" => Of(value, "label"),
        _ => $"{Number(value.Value)} hours/labels",
    };

    /// <summary>A job's <c>dataVolume</c> in its <c>dataVolumeUnit</c>: <c>20,000 files</c>, <c>300 hours of audio/video</c>.</summary>
    public static string? DataVolume(decimal? value, string? dataVolumeUnit) => dataVolumeUnit switch
    {
        _ when value is null => null,
        "NUMBER_OF_FILES" => Of(value, "file"),
        "NUMBER_OF_WORDS" => Of(value, "word"),
        "HOURS_OF_RECORDING_AUDIO_VIDEO" => $"{Of(value, "hour")} of audio/video",
        null or "" or "UNKNOWN_NOT_SPECIFIED" => $"{Number(value.Value)} (unit not specified)",
        var unit => $"{Number(value.Value)} {unit}",
    };

    public static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
