using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenTrain.CommandGenerator;

/// <summary>One command method → the <c>new CommandInfo(...) { ... }</c> that describes it.</summary>
internal static class CommandMethod
{
    private const string Indent = "        ";

    public static CommandEntry Read(string ns, string? group, MethodDeclarationSyntax method, SemanticModel model)
    {
        var attributes = method.AttributeLists.SelectMany(l => l.Attributes).ToList();
        var named = attributes.FirstOrDefault(a => CommandClass.Name(a) == "Command");
        var names = named is null
            ? new[] { Kebab.Case(method.Identifier.ValueText) }
            : Constant(named.ArgumentList!.Arguments[0].Expression, model).Split('|');
        var path = ns.Length == 0 ? names[0] : ns + " " + names[0];
        var doc = XmlDoc.Read(method);
        var sb = new StringBuilder();

        var listed = attributes.FirstOrDefault(a => CommandClass.Name(a) == "Listed");
        if (listed is null || group is null)
        {
            sb.Append("#error The command '").Append(path).Append("' (").Append(method.Identifier.ValueText)
                .Append(") needs [Listed(\"example\")] and its class [Group(CommandGroup.X)]: its place in the root help and its example.\n");
            return new CommandEntry(path, sb.ToString());
        }
        var example = string.Join("\n", (listed.ArgumentList?.Arguments ?? default).Select(a => Constant(a.Expression, model)));

        sb.Append(Indent).Append("new(").Append(Literal(path)).Append(", CommandGroup.").Append(group).Append(", ")
            .Append(Literal(doc.Summary)).Append(", ").Append(Literal(example)).Append(")\n").Append(Indent).Append("{\n");
        if (names.Length > 1) sb.Append(Indent).Append("    Aliases = [").Append(string.Join(", ", names.Skip(1).Select(Literal))).Append("],\n");
        foreach (var attribute in attributes)
        {
            switch (CommandClass.Name(attribute))
            {
                case "AnyEndpoint":
                    sb.Append(Indent).Append("    AnyEndpoint = true,\n");
                    break;
                case "JsonHelp":
                    sb.Append(Indent).Append("    JsonHelp = ").Append(Literal(Constant(attribute.ArgumentList!.Arguments[0].Expression, model))).Append(",\n");
                    break;
                case "Endpoint":
                    sb.Append(Indent).Append("    Endpoint = ").Append(Endpoint(attribute, model)).Append(",\n");
                    break;
            }
        }

        var arguments = new List<string>();
        var options = new List<string>();
        foreach (var parameter in method.ParameterList.Parameters)
        {
            var type = parameter.Type?.ToString() ?? "";
            if (type is "ConsoleAppContext" or "CancellationToken" || type.EndsWith(".CancellationToken", System.StringComparison.Ordinal)) continue;
            var paramAttributes = parameter.AttributeLists.SelectMany(l => l.Attributes).ToList();
            var name = parameter.Identifier.ValueText;
            var (aliases, description) = Aliases.Split(doc.Param(name));
            if (paramAttributes.Any(a => CommandClass.Name(a) == "Argument"))
            {
                arguments.Add($"new({Literal(Kebab.Case(name))}, {Literal(description)})");
                continue;
            }
            options.Add(Option(name, type, aliases, description, paramAttributes, model));
        }
        if (arguments.Count > 0) sb.Append(Indent).Append("    Arguments = [").Append(string.Join(", ", arguments)).Append("],\n");
        if (options.Count > 0)
        {
            sb.Append(Indent).Append("    Options =\n").Append(Indent).Append("    [\n");
            foreach (var option in options) sb.Append(Indent).Append("        ").Append(option).Append(",\n");
            sb.Append(Indent).Append("    ],\n");
        }
        sb.Append(Indent).Append("},\n");
        return new CommandEntry(path, sb.ToString());
    }

    private static string Option(string parameter, string type, List<string> aliases, string description, List<AttributeSyntax> attributes, SemanticModel model)
    {
        var framework = "--" + Kebab.Case(parameter);
        var name = framework;
        var hidden = new List<string>();
        // An alias that only re-hyphenates the framework's spelling (--confirm-not-a-fit for its
        // --confirm-nota-fit) is the documented name: help shows it alone, both still parse.
        var respelled = aliases.FirstOrDefault(a => a.Replace("-", "") == framework.Replace("-", ""));
        if (respelled is not null)
        {
            aliases.Remove(respelled);
            hidden.Add(framework);
            name = respelled;
        }
        var repeatable = attributes.Any(a => CommandClass.Name(a) == "Repeatable");
        var kind = type == "bool" ? "Boolean" : repeatable ? "Repeated" : "Value";
        var sb = new StringBuilder("new(").Append(Literal(name)).Append(", [").Append(string.Join(", ", aliases.Select(Literal)))
            .Append("], OptionKind.").Append(kind).Append(", ").Append(Literal(description)).Append(')');
        var init = new List<string>();
        if (hidden.Count > 0) init.Add($"HiddenSpellings = [{string.Join(", ", hidden.Select(Literal))}]");
        if (attributes.Any(a => CommandClass.Name(a) == "RequiredFlag")) init.Add("Required = true");
        if (attributes.FirstOrDefault(a => CommandClass.Name(a) == "OneOf") is { } oneOf) init.Add("Values = " + Values(oneOf, model));
        if (init.Count > 0) sb.Append(" { ").Append(string.Join(", ", init)).Append(" }");
        return sb.ToString();
    }

    /// <summary><c>[OneOf(typeof(JobEnums), nameof(JobEnums.Statuses))]</c> → that member; <c>[OneOf("a", "b")]</c> → the values.</summary>
    private static string Values(AttributeSyntax oneOf, SemanticModel model)
    {
        var args = oneOf.ArgumentList!.Arguments;
        if (args.Count == 2 && args[0].Expression is TypeOfExpressionSyntax typeOf
            && model.GetTypeInfo(typeOf.Type).Type is { } source)
        {
            return source.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Constant(args[1].Expression, model);
        }
        return "[" + string.Join(", ", args.Select(a => Literal(Constant(a.Expression, model)))) + "]";
    }

    private static string Endpoint(AttributeSyntax attribute, SemanticModel model)
    {
        var positional = attribute.ArgumentList!.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).Select(a => Literal(Constant(a.Expression, model)));
        var sb = new StringBuilder("global::OpenTrain.Toolkit.Endpoint.Create(").Append(string.Join(", ", positional)).Append(')');
        var init = new List<string>();
        foreach (var arg in attribute.ArgumentList.Arguments.Where(a => a.NameEquals is not null))
        {
            var value = model.GetConstantValue(arg.Expression).Value;
            switch (arg.NameEquals!.Name.Identifier.ValueText)
            {
                case "Claim" when value is true:
                    init.Add("ClaimRequired = true");
                    break;
                case "FeatureFlag" when value is string flag:
                    init.Add("FeatureFlag = " + Literal(flag));
                    break;
            }
        }
        if (init.Count > 0) sb.Append(" with { ").Append(string.Join(", ", init)).Append(" }");
        return sb.ToString();
    }

    private static string Constant(ExpressionSyntax expression, SemanticModel model) =>
        model.GetConstantValue(expression).Value as string
        ?? (expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : expression.ToString());

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}

/// <summary>ConsoleAppFramework's parameter-name → flag conversion (NameConverter.ToKebabCase).</summary>
internal static class Kebab
{
    public static string Case(string name)
    {
        name = name.TrimStart('@');
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsUpper(name[i]))
            {
                sb.Append(name[i]);
                continue;
            }
            if (i == 0 || i == name.Length - 1 || char.IsUpper(name[i + 1]))
            {
                sb.Append(char.ToLowerInvariant(name[i]));
                continue;
            }
            sb.Append('-').Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}

/// <summary>ConsoleAppFramework's alias convention: a param doc <c>"-q|--q, --query-x, Text."</c> declares aliases before the text.</summary>
internal static class Aliases
{
    public static (List<string> Aliases, string Description) Split(string doc)
    {
        var aliases = new List<string>();
        var rest = doc.Trim();
        while (rest.StartsWith("-", System.StringComparison.Ordinal))
        {
            var comma = rest.IndexOf(',');
            if (comma < 0) break;
            var alias = rest.Substring(0, comma).Trim();
            if (alias.Contains(" ")) break;
            aliases.AddRange(alias.Split('|'));
            rest = rest.Substring(comma + 1).TrimStart();
        }
        return (aliases, rest);
    }
}
