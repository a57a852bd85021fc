using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenTrain.CommandGenerator;

/// <summary>A method's <c>///</c> comment: the summary and each parameter's text, whitespace folded (as the help prints them).</summary>
internal sealed class XmlDoc
{
    private readonly XElement root;

    private XmlDoc(XElement root) => this.root = root;

    public string Summary => Text(root.Element("summary"));

    public string Param(string name) => Text(root.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == name));

    public static XmlDoc Read(MethodDeclarationSyntax method)
    {
        // Read from the raw trivia, so it works whatever the documentation mode of the build.
        var lines = method.GetLeadingTrivia().ToFullString().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("///", System.StringComparison.Ordinal))
            .Select(l => l.Substring(3));
        try
        {
            return new XmlDoc(XElement.Parse("<doc>" + string.Join("\n", lines) + "</doc>", LoadOptions.PreserveWhitespace));
        }
        catch (System.Xml.XmlException)
        {
            return new XmlDoc(new XElement("doc"));
        }
    }

    private static string Text(XElement? element) => element is null ? "" : Regex.Replace(element.Value, @"\s+", " ").Trim();
}
