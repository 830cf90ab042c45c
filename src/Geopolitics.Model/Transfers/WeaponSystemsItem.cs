using System.Globalization;

namespace Geopolitics.Model.Transfers;

/// <summary>
/// Major weapon systems as the SIPRI Arms Transfers Database records them: a <see cref="Designation"/>, a SIPRI
/// category, the numbers ordered and delivered, and SIPRI trend-indicator values (TIV, millions).
/// </summary>
public sealed record WeaponSystemsItem : TransferItem
{
    /// <summary>Creates a weapon-systems item.</summary>
    /// <param name="designation">The system's designation ("KN-23", "Koksan M-1978"); not blank.</param>
    /// <param name="sipriCategory">The SIPRI weapon category ("Armoured vehicles", "Missiles", "Artillery"), or <see langword="null"/>.</param>
    /// <param name="numberOrdered">How many were ordered, or <see langword="null"/> when not stated.</param>
    /// <param name="numberDelivered">How many were delivered, or <see langword="null"/> when not stated.</param>
    /// <param name="tivPerUnit">The SIPRI TIV of one unit, at least 0, or <see langword="null"/>.</param>
    /// <param name="tivOrder">The SIPRI TIV of the whole order, at least 0, or <see langword="null"/>.</param>
    /// <param name="tivDelivered">The SIPRI TIV of what was delivered, at least 0, or <see langword="null"/>.</param>
    /// <param name="secondHand">Whether the systems were second-hand, or <see langword="null"/> when not known.</param>
    /// <exception cref="ArgumentException"><paramref name="designation"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A TIV is negative.</exception>
    public WeaponSystemsItem(
        string designation,
        string? sipriCategory = null,
        Estimate? numberOrdered = null,
        Estimate? numberDelivered = null,
        decimal? tivPerUnit = null,
        decimal? tivOrder = null,
        decimal? tivDelivered = null,
        bool? secondHand = null)
    {
        Designation = ArgumentChecks.Text(designation, nameof(designation));
        SipriCategory = ArgumentChecks.OptionalText(sipriCategory);
        NumberOrdered = numberOrdered;
        NumberDelivered = numberDelivered;
        TivPerUnit = NonNegative(tivPerUnit, nameof(tivPerUnit));
        TivOrder = NonNegative(tivOrder, nameof(tivOrder));
        TivDelivered = NonNegative(tivDelivered, nameof(tivDelivered));
        SecondHand = secondHand;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string designation, decimal? tivPerUnit, decimal? tivOrder, decimal? tivDelivered) =>
        ArgumentProblem.Blank(designation, nameof(designation))
        ?? Negative(tivPerUnit, nameof(tivPerUnit)) ?? Negative(tivOrder, nameof(tivOrder)) ?? Negative(tivDelivered, nameof(tivDelivered));

    /// <summary>The system's designation.</summary>
    public string Designation { get; }

    /// <summary>The SIPRI weapon category, or <see langword="null"/>.</summary>
    public string? SipriCategory { get; }

    /// <summary>How many were ordered, or <see langword="null"/> when not stated.</summary>
    public Estimate? NumberOrdered { get; }

    /// <summary>How many were delivered, or <see langword="null"/> when not stated.</summary>
    public Estimate? NumberDelivered { get; }

    /// <summary>The SIPRI trend-indicator value of one unit (millions of TIV), or <see langword="null"/>.</summary>
    public decimal? TivPerUnit { get; }

    /// <summary>The SIPRI trend-indicator value of the whole order (millions of TIV), or <see langword="null"/>.</summary>
    public decimal? TivOrder { get; }

    /// <summary>The SIPRI trend-indicator value of what was delivered (millions of TIV), or <see langword="null"/>.</summary>
    public decimal? TivDelivered { get; }

    /// <summary>Whether the systems were second-hand, or <see langword="null"/> when not known.</summary>
    public bool? SecondHand { get; }

    private protected override TransferItemKind KindCore => TransferItemKind.WeaponSystems;

    /// <summary>Culture-invariant text such as "weapon systems KN-23 (Missiles): ordered 50, delivered over 20".</summary>
    /// <returns>The item as text.</returns>
    public override string ToString()
    {
        var text = $"weapon systems {Designation}" + (SipriCategory is null ? string.Empty : $" ({SipriCategory})");
        var parts = new List<string>();
        if (NumberOrdered is { } ordered)
        {
            parts.Add($"ordered {ordered}");
        }

        if (NumberDelivered is { } delivered)
        {
            parts.Add($"delivered {delivered}");
        }

        if (TivDelivered is { } tiv)
        {
            parts.Add("TIV delivered " + tiv.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? text : $"{text}: {string.Join(", ", parts)}";
    }

    private static decimal? NonNegative(decimal? value, string paramName)
    {
        ArgumentProblem.ThrowIf(Negative(value, paramName));
        return value;
    }

    private static ArgumentProblem? Negative(decimal? value, string paramName) =>
        value < 0m ? new(paramName, $"A trend-indicator value is at least 0; got {value}.", OutOfRange: true) : null;
}
