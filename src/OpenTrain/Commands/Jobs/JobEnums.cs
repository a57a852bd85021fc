namespace OpenTrain.Commands.Jobs;

/// <summary>Values the jobs endpoints accept, checked before any request.</summary>
internal static class JobEnums
{
    public static readonly string[] Statuses = ["DRAFT", "OPEN", "ONGOING", "COMPLETED", "ARCHIVED", "PENDING_APPROVAL"];

    public static readonly string[] PayTypes = ["PAY_PER_HOUR", "FIXED_PRICE", "PAY_PER_LABEL"];
}
