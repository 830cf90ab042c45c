namespace Geopolitics.Model.Errors;

public static partial class ErrorCodes
{
    /// <summary>A place named in a query or a fact is not in the gazetteer; the message suggests near matches.</summary>
    public const string UnknownPlace = "GM0901";

    /// <summary>A place lies in itself, directly or through its regions.</summary>
    public const string PlaceInItself = "GM0902";
}
