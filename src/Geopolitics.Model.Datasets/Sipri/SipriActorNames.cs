using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// Maps the supplier and recipient names of the SIPRI Arms Transfers Database to actors of the model. SIPRI names
/// states, organisations and armed groups in its own spelling; it has no codes.
/// </summary>
/// <remarks>
/// <para>A name (trimmed, compared ignoring case) resolves in this order:</para>
/// <list type="number">
/// <item><description>an entry of <see cref="Table"/>: SIPRI's spellings of current states (<c>Viet Nam</c> is
/// <c>VNM</c>), states that COW lists with no ISO country (<c>East Germany (GDR)</c> is <c>COW-265</c>), and states,
/// organisations and groups with neither code, under documented ids (<c>Soviet Union</c> is
/// <c>SIPRI-SOVIET-UNION</c>, <c>NATO**</c> is <c>NATO</c>);</description></item>
/// <item><description>the English name of a current state in <see cref="CountryCatalogue.Default"/>
/// (<c>North Korea</c> is <c>PRK</c>);</description></item>
/// <item><description>a name that SIPRI marks as a non-state actor (trailing <c>*</c>) or an organisation
/// (<c>**</c>): an <see cref="ActorKind.Organisation"/> whose id is derived from the name
/// (<see cref="SipriActorBasis.Derived"/>), so <c>Contras (Nicaragua)*</c> is <c>SIPRI-CONTRAS-NICARAGUA</c>.</description></item>
/// </list>
/// <para>
/// Any other name is unknown (<see cref="Find(string)"/> returns <see langword="null"/>) and the importer rejects the
/// row: an id is never guessed from a name's letters. SIPRI keeps the Soviet Union apart from Russia and Yugoslavia
/// apart from Serbia, so the table does too, although COW gives each pair one code.
/// </para>
/// </remarks>
public static class SipriActorNames
{
    private static readonly Lazy<(ImmutableArray<SipriActorName> Table, FrozenDictionary<string, SipriActorName> ByName)> Index =
        new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The listed names: SIPRI's spellings of catalogue states, COW states without an ISO country, and actors with
    /// neither code. Names equal to a catalogue state's name are not listed; they resolve through the catalogue.
    /// </summary>
    public static ImmutableArray<SipriActorName> Table => Index.Value.Table;

    /// <summary>Finds the actor that a SIPRI name stands for.</summary>
    /// <param name="sipriName">The name as SIPRI writes it; surrounding white space is ignored.</param>
    /// <returns>The mapping, or <see langword="null"/> when the name is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sipriName"/> is <see langword="null"/>.</exception>
    public static SipriActorName? Find(string sipriName)
    {
        ArgumentNullException.ThrowIfNull(sipriName);
        return Find(sipriName.AsSpan());
    }

    /// <summary>Finds the actor that a SIPRI name stands for, without allocating for listed and catalogue names.</summary>
    internal static SipriActorName? Find(ReadOnlySpan<char> sipriName)
    {
        var name = sipriName.Trim();
        if (TextKeys.TryGetValue(Index.Value.ByName, name, out var found))
        {
            return found;
        }

        return name.Length > 0 && name[^1] == '*' ? Derive(name.ToString()) : null;
    }

    private static SipriActorName? Derive(string sipriName)
    {
        var display = sipriName.TrimEnd('*').Trim();
        var id = new StringBuilder("SIPRI-", 6 + display.Length);
        var dash = false;
        foreach (var c in display)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(char.ToUpperInvariant(c));
                dash = false;
            }
            else if (!dash && id.Length > 6)
            {
                id.Append('-');
                dash = true;
            }
        }

        var text = id.ToString().TrimEnd('-');
        if (text.Length > 64)
        {
            text = text[..64].TrimEnd('-');
        }

        return text.Length <= 6 || !ActorId.IsValid(text)
            ? null
            : new SipriActorName(sipriName, new Actor(new ActorId(text), ActorKind.Organisation, display), SipriActorBasis.Derived);
    }

    /// <summary>
    /// Builds the table and the index by name that <see cref="Table"/> and <see cref="Find(string)"/> use (built once,
    /// on first use); tests build it afresh to check the entries themselves.
    /// </summary>
    internal static (ImmutableArray<SipriActorName> Table, FrozenDictionary<string, SipriActorName> ByName) Build()
    {
        var catalogue = CountryCatalogue.Default;
        var table = ImmutableArray.CreateBuilder<SipriActorName>();
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);

        void Alias(string sipriName, string alpha3)
        {
            var country = catalogue.FindByAlpha3(alpha3)
                ?? throw new InvalidOperationException($"The SIPRI name table maps '{sipriName}' to '{alpha3}', which the catalogue lacks.");
            table.Add(new SipriActorName(sipriName, country.ToActor(), SipriActorBasis.CatalogueAlias));
        }

        void Cow(string sipriName, int cowCode)
        {
            var state = catalogue.FindCowState(cowCode)
                ?? throw new InvalidOperationException($"The SIPRI name table maps '{sipriName}' to COW {cowCode}, which the catalogue lacks.");
            var id = "COW-" + cowCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            table.Add(new SipriActorName(sipriName, Shared(id, ActorKind.State, state.Name), SipriActorBasis.CowState));
        }

        void Listed(string sipriName, string id, ActorKind kind, string name) =>
            table.Add(new SipriActorName(sipriName, Shared(id, kind, name), SipriActorBasis.Listed));

        // One Actor instance per id, so aliases of one actor are equal and cheap to compare.
        Actor Shared(string id, ActorKind kind, string name)
        {
            if (!actors.TryGetValue(id, out var actor))
            {
                actor = new Actor(new ActorId(id), kind, name);
                actors.Add(id, actor);
            }

            return actor;
        }

        // SIPRI's spellings of current states (and those of the 2014 legacy export, with its typo "Repubic").
        Alias("Antigua and Barbuda", "ATG");
        Alias("Bahamas, the", "BHS");
        Alias("Bosnia-Herzegovina", "BIH");
        Alias("Bosnia and Herzegovina", "BIH");
        Alias("Brunei Darussalam", "BRN");
        Alias("Cabo Verde", "CPV");
        Alias("Congo", "COG");
        Alias("Congo, Republic of", "COG");
        Alias("DR Congo", "COD");
        Alias("Congo, Democratic Repubic of", "COD");
        Alias("Cote d'Ivoire", "CIV");
        Alias("Czech Republic", "CZE");
        Alias("eSwatini", "SWZ");
        Alias("Korea, North", "PRK");
        Alias("Korea, South", "KOR");
        Alias("Micronesia", "FSM");
        Alias("Myanmar", "MMR");
        Alias("Palestine", "PSE");
        Alias("Philippines, the", "PHL");
        Alias("Saint Kitts and Nevis", "KNA");
        Alias("Saint Vincent", "VCT");
        Alias("Trinidad and Tobago", "TTO");
        Alias("Turkiye", "TUR");
        Alias("UAE", "ARE");
        Alias("Viet Nam", "VNM");

        // States that COW lists separately and that have no current ISO country.
        Cow("East Germany (GDR)", 265);
        Cow("Czechoslovakia", 315);
        Cow("Kosovo", 347);
        Cow("North Yemen", 678);
        Cow("Yemen Arab Republic (North Yemen)", 678);
        Cow("South Yemen", 680);
        Cow("South Vietnam", 817);

        // States SIPRI keeps apart from their COW successors, and entities SIPRI lists as countries without either code.
        Listed("Soviet Union", "SIPRI-SOVIET-UNION", ActorKind.State, "Soviet Union");
        Listed("Yugoslavia", "SIPRI-YUGOSLAVIA", ActorKind.State, "Yugoslavia");
        Listed("Aruba", "SIPRI-ARUBA", ActorKind.State, "Aruba");
        Listed("Biafra", "SIPRI-BIAFRA", ActorKind.State, "Biafra");
        Listed("Katanga", "SIPRI-KATANGA", ActorKind.State, "Katanga");
        Listed("Northern Cyprus", "SIPRI-NORTHERN-CYPRUS", ActorKind.State, "Northern Cyprus");
        Listed("Western Sahara", "SIPRI-WESTERN-SAHARA", ActorKind.State, "Western Sahara");

        // Rival Libyan authorities, under one id per authority across SIPRI's spellings.
        Listed("Libya GNC", "SIPRI-LIBYA-GNC", ActorKind.Organisation, "Libya GNC");
        Listed("Libya HoR*", "SIPRI-LIBYA-HOR", ActorKind.Organisation, "Libya HoR");
        Listed("HoR (Libya)*", "SIPRI-LIBYA-HOR", ActorKind.Organisation, "Libya HoR");
        Listed("NTC (Libya)*", "SIPRI-LIBYA-NTC", ActorKind.Organisation, "NTC (Libya)");
        Listed("NTC", "SIPRI-LIBYA-NTC", ActorKind.Organisation, "NTC (Libya)");

        // International organisations (SIPRI's "**"), under their usual abbreviations.
        Listed("African Union**", "AU", ActorKind.Organisation, "African Union");
        Listed("African Union", "AU", ActorKind.Organisation, "African Union");
        Listed("European Union**", "EU", ActorKind.Organisation, "European Union");
        Listed("NATO**", "NATO", ActorKind.Organisation, "North Atlantic Treaty Organization");
        Listed("North Atlantic Treaty Organization", "NATO", ActorKind.Organisation, "North Atlantic Treaty Organization");
        Listed("OSCE**", "OSCE", ActorKind.Organisation, "Organization for Security and Co-operation in Europe");
        Listed("Regional Security System**", "RSS", ActorKind.Organisation, "Regional Security System (Eastern Caribbean)");
        Listed("United Nations**", "UN", ActorKind.Organisation, "United Nations");
        Listed("United Nations", "UN", ActorKind.Organisation, "United Nations");

        // Armed groups that SIPRI spells more than one way.
        Listed("Hamas (Palestine)*", "SIPRI-HAMAS", ActorKind.Organisation, "Hamas (Palestine)");
        Listed("Hamas", "SIPRI-HAMAS", ActorKind.Organisation, "Hamas (Palestine)");
        Listed("Hezbollah (Lebanon)*", "SIPRI-HEZBOLLAH", ActorKind.Organisation, "Hezbollah (Lebanon)");
        Listed("Hezbollah (Lebanon)", "SIPRI-HEZBOLLAH", ActorKind.Organisation, "Hezbollah (Lebanon)");
        Listed("PIJ (Israel/Palestine)*", "SIPRI-PIJ", ActorKind.Organisation, "Palestinian Islamic Jihad (Israel/Palestine)");
        Listed("Palestinian Islamic Jihad (Israel/Palestine)*", "SIPRI-PIJ", ActorKind.Organisation, "Palestinian Islamic Jihad (Israel/Palestine)");

        // Unidentified parties: one or more actors SIPRI could not name.
        Listed("unknown supplier(s)", "SIPRI-UNKNOWN-SUPPLIERS", ActorKind.Coalition, "Unknown supplier(s)");
        Listed("unknown recipient(s)", "SIPRI-UNKNOWN-RECIPIENTS", ActorKind.Coalition, "Unknown recipient(s)");
        Listed("Unknown country", "SIPRI-UNKNOWN-COUNTRY", ActorKind.Coalition, "Unknown country");
        Listed("unknown rebel group*", "SIPRI-UNKNOWN-REBEL-GROUP", ActorKind.Organisation, "Unknown rebel group");

        var byName = new Dictionary<string, SipriActorName>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in catalogue.Countries)
        {
            byName[country.Name] = new SipriActorName(country.Name, country.ToActor(), SipriActorBasis.CatalogueName);
        }

        foreach (var entry in table)
        {
            byName[entry.SipriName] = entry;
        }

        return (table.ToImmutable(), byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
