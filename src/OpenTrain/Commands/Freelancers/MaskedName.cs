namespace OpenTrain.Commands.Freelancers;

/// <summary>
/// An AI trainer's name exactly as masked by the API: its display name, else first name and last
/// initial, else "Freelancer". Nothing is ever reconstructed beyond what the API returned.
/// </summary>
internal static class MaskedName
{
    public static string Of(string? displayName, string? firstName, string? lastNameInitial)
    {
        if (!string.IsNullOrWhiteSpace(displayName)) return displayName;
        if (string.IsNullOrWhiteSpace(firstName)) return "Freelancer";
        if (string.IsNullOrWhiteSpace(lastNameInitial)) return firstName;
        return $"{firstName} {lastNameInitial.TrimEnd('.')}.";
    }
}
