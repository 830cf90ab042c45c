namespace Geopolitics.Model.Cli;

/// <summary>How a dataset command writes its table.</summary>
internal enum TableFormat
{
    /// <summary>CSV, as the dataset's publisher writes it.</summary>
    Csv,

    /// <summary>A Parquet file with the CSV's columns, typed; it needs <c>--out</c>.</summary>
    Parquet,
}
