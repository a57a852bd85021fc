using System.Text.Json;
using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

/// <summary>
/// The part of draft output an agent acts on: each missing field's question, type, allowed values
/// and <c>--set</c> key, any blocking issues, then the exact next command.
/// </summary>
internal static class DraftReadinessOutput
{
    private const string AskPrefix = "ask:";

    public static void Write(TextWriter output, string jobId, DraftReadiness readiness)
    {
        if (readiness.MissingFields.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Missing fields ({readiness.MissingFields.Count}):");
            foreach (var field in readiness.MissingFields) WriteField(output, field);
        }
        if (readiness.Issues.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Issues ({readiness.Issues.Count}):");
            foreach (var issue in readiness.Issues) output.WriteLine($"  - {JsonText.Describe(issue)}");
        }
        output.WriteLine();
        if (readiness.PublishReady)
        {
            output.WriteLine("Next: publish it:");
            output.WriteLine($"  {new ShellCommand("opentrain jobs publish").Arg(jobId)}");
            return;
        }
        output.WriteLine(readiness.MissingFields.Count == 0 ? "Next: fix the issues, then run:"
            : readiness.MissingFields.Any(f => Question(f) is not null) ? "Next: answer the questions, then run:"
            : "Next: fill in the missing fields, then run:");
        output.WriteLine($"  {JobsDraftUpdateCommand(jobId, readiness.MissingFields)}");
    }

    private static void WriteField(TextWriter output, MissingField field)
    {
        var keys = field.UpdateKeys is { Count: > 0 } k ? k : field.Field is { } f ? [f] : [];
        output.WriteLine($"  {field.Field ?? (keys.Count > 0 ? keys[0] : "(unnamed)")}{(field.Label is { Length: > 0 } label ? $"  {label}" : "")}");
        WriteRow(output, "Ask", Question(field));
        WriteRow(output, "Type", field.Type);
        WriteRow(output, "Values", field.EnumValues is { Count: > 0 } values ? string.Join(", ", values) : null);
        WriteRow(output, "Set", string.Join(" or ", keys.Select(key => ShellCommand.Surface.Setting(key, Example(field).Text))));
        WriteRow(output, "Hint", field.Hint);
    }

    /// <summary>One width for every field, so the whole list lines up.</summary>
    private static void WriteRow(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) output.WriteLine($"    {label + ":",-8}{value}");
    }

    /// <summary>The prompt without its <c>ask:</c> marker, else the field's message.</summary>
    private static string? Question(MissingField field)
    {
        var prompt = field.Prompt?.Trim();
        if (string.IsNullOrEmpty(prompt)) return field.Message;
        return prompt.StartsWith(AskPrefix, StringComparison.OrdinalIgnoreCase) ? prompt[AskPrefix.Length..].TrimStart() : prompt;
    }

    public static ShellCommand JobsDraftUpdateCommand(string jobId, IReadOnlyList<MissingField> fields)
    {
        var command = new ShellCommand("opentrain jobs draft update").Arg(jobId);
        foreach (var field in fields)
        {
            var key = field.UpdateKeys is { Count: > 0 } keys ? keys[0] : field.Field;
            if (key is not null && Example(field) is var (text, json)) command.Set(key, text, json);
        }
        if (fields.Count == 0) command.Set("<key>", "<value>", "\"<value>\"");
        return command;
    }

    /// <summary>
    /// The field's example as typed after <c>key=</c> (and its compact JSON when it is not a string), or
    /// <c>&lt;type&gt;</c> when the API gave none (the caller shell-quotes it).
    /// </summary>
    private static (string Text, string? Json) Example(MissingField field) => field.Example switch
    {
        { ValueKind: JsonValueKind.String } s when s.GetString() is { Length: > 0 } text => (text, null),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Array or JsonValueKind.Object } v =>
            (JsonReindenter.Compact(v.GetRawText()), JsonReindenter.Compact(v.GetRawText())),
        _ => ($"<{field.Type ?? "value"}>", null),
    };
}
