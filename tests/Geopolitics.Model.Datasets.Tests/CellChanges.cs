namespace Geopolitics.Model.Datasets.Tests;

/// <summary>Rows of a comma-separated file built from each column's usual cell with some cells changed, for the cell-rule tests.</summary>
internal static class CellChanges
{
    /// <summary>Reads changes written <c>column=value|column=value</c> (a value may be empty).</summary>
    public static (string Column, string Value)[] Parse(string changes) =>
        [.. changes.Split('|').Select(change => change.Split('=')).Select(parts => (parts[0], parts[1]))];

    /// <summary>The row of <paramref name="columns"/>, each cell as <paramref name="usual"/> gives it unless <paramref name="changes"/> name it.</summary>
    public static string Row(string[] columns, Func<string, string> usual, (string Column, string Value)[] changes)
    {
        var cells = columns.Select(usual).ToArray();
        foreach (var (column, value) in changes)
        {
            cells[Array.IndexOf(columns, column)] = value;
        }

        return string.Join(',', cells);
    }
}
