namespace Geopolitics.Model.Time;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Known to the year ("2024").</summary>
    Year = 0,

    /// <summary>Known to the month ("2024-06").</summary>
    Month = 1,

    /// <summary>Known to the day ("2024-06-19").</summary>
    Day = 2,
}
