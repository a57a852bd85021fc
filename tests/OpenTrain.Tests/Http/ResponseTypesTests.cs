using System.Reflection;
using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Tests.Http;

/// <summary>
/// <c>ApiCall&lt;T&gt;.ResponseType</c> looks <c>T</c> up in the JSON context only when a body is parsed (so <c>--json</c>
/// never builds it): a response type missing from the context's roots would be a command that fails on its first
/// human output or MCP call instead of a compile error. This finds every call an area describes.
/// </summary>
public class ResponseTypesTests
{
    [Test]
    public async Task Every_response_type_an_area_describes_has_metadata_in_the_JSON_context()
    {
        var responseTypes = typeof(ApiCall<>).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => m.ReturnType)
            .Where(r => r.IsGenericType && r.GetGenericTypeDefinition() == typeof(ApiCall<>))
            .Select(r => r.GetGenericArguments()[0])
            .Where(t => !t.IsGenericParameter)
            .Distinct()
            .ToList();

        var missing = responseTypes.Where(t => !OpenTrainJson.Context.Options.TryGetTypeInfo(t, out _)).Select(t => t.FullName).ToList();

        await Assert.That(responseTypes.Count).IsGreaterThan(30);
        await Assert.That(missing).IsEmpty();
    }
}
