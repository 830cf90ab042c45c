using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Tests;

/// <summary>Builds the error paths tests expect, segment by segment: a string is a member, an integer an element.</summary>
internal static class TestPaths
{
    /// <summary>A path in a document such as a scenario file, from <c>$</c>.</summary>
    public static ErrorPath Document(params object[] segments) => Build(ErrorPath.DocumentRoot, segments);

    /// <summary>A path through the object graph, such as a validator reports.</summary>
    public static ErrorPath Graph(params object[] segments) => Build(ErrorPath.Root, segments);

    private static ErrorPath Build(ErrorPath path, object[] segments)
    {
        foreach (var segment in segments)
        {
            path = segment is int index ? path.Element(index) : path.Member((string)segment);
        }

        return path;
    }
}
