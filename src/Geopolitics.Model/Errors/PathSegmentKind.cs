namespace Geopolitics.Model.Errors;

/// <summary>What a <see cref="PathSegment"/> steps into.</summary>
public enum PathSegmentKind
{
    /// <summary>A named member of an object: a property of a model type, a member of a JSON object, a column of a table row.</summary>
    Member,

    /// <summary>An element of a list, by its 0-based index.</summary>
    Element,

    /// <summary>An entry of a keyed collection, by its key.</summary>
    Key,
}
