using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>How <see cref="SipriImporter"/> reads a file.</summary>
public sealed record SipriImportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="strict">Whether the first rejected row fails the whole import (otherwise rejected rows are reported and the rest is imported).</param>
    /// <param name="format">The export format, or <see langword="null"/> to detect it from the header.</param>
    /// <param name="uncertainConfidence">
    /// The confidence of a transfer whose order year, delivery year or status SIPRI marks as uncertain; others are
    /// <see cref="Confidence.Reported"/>. The default, <see cref="Confidence.Assessed"/>, is below the analyses'
    /// default minimum, so such transfers count only when Assessed facts are admitted.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> or <paramref name="uncertainConfidence"/> is not defined.</exception>
    public SipriImportOptions(bool strict = false, SipriFormat? format = null, Confidence uncertainConfidence = Confidence.Assessed)
    {
        if (format is { } f && !Enum.IsDefined(f))
        {
            throw new ArgumentOutOfRangeException(nameof(format), f, "The format must be a defined SipriFormat.");
        }

        if (!Enum.IsDefined(uncertainConfidence))
        {
            throw new ArgumentOutOfRangeException(nameof(uncertainConfidence), uncertainConfidence, "The confidence must be a defined Confidence.");
        }

        Strict = strict;
        Format = format;
        UncertainConfidence = uncertainConfidence;
    }

    /// <summary>The defaults: lenient, format detected, uncertain records <see cref="Confidence.Assessed"/>.</summary>
    public static SipriImportOptions Default { get; } = new();

    /// <summary>Whether the first rejected row fails the whole import.</summary>
    public bool Strict { get; }

    /// <summary>The export format, or <see langword="null"/> to detect it from the header.</summary>
    public SipriFormat? Format { get; }

    /// <summary>The confidence of a transfer whose order year, delivery year or status SIPRI marks as uncertain.</summary>
    public Confidence UncertainConfidence { get; }
}
