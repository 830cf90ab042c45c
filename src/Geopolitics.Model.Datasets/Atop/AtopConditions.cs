namespace Geopolitics.Model.Datasets.Atop;

/// <summary>The conditions ATOP codes on a member's obligations (the <c>*co*</c> columns), as flags.</summary>
[Flags]
internal enum AtopConditions : long
{
    None = 0,
    DefenseAdversary = 1L << 0,
    DefenseLocation = 1L << 1,
    DefenseConflict = 1L << 2,
    DefenseNumber = 1L << 3,
    DefenseDemands = 1L << 4,
    DefenseNonProvocation = 1L << 5,
    OffenseAdversary = 1L << 6,
    OffenseLocation = 1L << 7,
    OffenseConflict = 1L << 8,
    OffenseNumber = 1L << 9,
    OffenseDemands = 1L << 10,
    NeutralAdversary = 1L << 11,
    NeutralLocation = 1L << 12,
    NeutralConflict = 1L << 13,
    NeutralNumber = 1L << 14,
    NeutralDemands = 1L << 15,
    NeutralNonProvocation = 1L << 16,
    NeutralAttack = 1L << 17,
    ConsultAdversary = 1L << 18,
    ConsultLocation = 1L << 19,
    ConsultConflict = 1L << 20,
    ConsultRequest = 1L << 21,
    DefenseConditional = 1L << 22,
    OffenseConditional = 1L << 23,
    NeutralConditional = 1L << 24,
    ConsultConditional = 1L << 25,
}

/// <summary>The ATOP condition columns, with the flag each sets and the words a clause summary uses for it.</summary>
internal static class AtopConditionColumns
{
    public static IReadOnlyList<(string Column, AtopConditions Flag, string Text)> All { get; } =
    [
        ("defcoadv", AtopConditions.DefenseAdversary, "only against specific adversaries (DEFCOADV)"),
        ("defcoloc", AtopConditions.DefenseLocation, "only in a specific location (DEFCOLOC)"),
        ("defcocon", AtopConditions.DefenseConflict, "only in a specific conflict (DEFCOCON)"),
        ("defconum", AtopConditions.DefenseNumber, "depending on the number of attackers (DEFCONUM)"),
        ("defcodem", AtopConditions.DefenseDemands, "depending on compliance with demands (DEFCODEM)"),
        ("defconpr", AtopConditions.DefenseNonProvocation, "only if the ally did not provoke the attack (DEFCONPR)"),
        ("offcoadv", AtopConditions.OffenseAdversary, "only against specific adversaries (OFFCOADV)"),
        ("offcoloc", AtopConditions.OffenseLocation, "only in a specific location (OFFCOLOC)"),
        ("offcocon", AtopConditions.OffenseConflict, "only in a specific conflict (OFFCOCON)"),
        ("offconum", AtopConditions.OffenseNumber, "depending on the number of adversaries (OFFCONUM)"),
        ("offcodem", AtopConditions.OffenseDemands, "depending on compliance with demands (OFFCODEM)"),
        ("neucoadv", AtopConditions.NeutralAdversary, "only against specific adversaries (NEUCOADV)"),
        ("neucoloc", AtopConditions.NeutralLocation, "only in a specific location (NEUCOLOC)"),
        ("neucocon", AtopConditions.NeutralConflict, "only in a specific conflict (NEUCOCON)"),
        ("neuconum", AtopConditions.NeutralNumber, "depending on the number of adversaries (NEUCONUM)"),
        ("neucodem", AtopConditions.NeutralDemands, "depending on compliance with demands (NEUCODEM)"),
        ("neuconpr", AtopConditions.NeutralNonProvocation, "only if the ally did not provoke the conflict (NEUCONPR)"),
        ("neucoatt", AtopConditions.NeutralAttack, "only if the ally is attacked (NEUCOATT)"),
        ("concoadv", AtopConditions.ConsultAdversary, "only about specific adversaries (CONCOADV)"),
        ("concoloc", AtopConditions.ConsultLocation, "only about a specific location (CONCOLOC)"),
        ("concocon", AtopConditions.ConsultConflict, "only about a specific conflict (CONCOCON)"),
        ("concoreq", AtopConditions.ConsultRequest, "on request (CONCOREQ)"),
        ("defcon", AtopConditions.DefenseConditional, "conditional (DEFCON)"),
        ("offcon", AtopConditions.OffenseConditional, "conditional (OFFCON)"),
        ("neucon", AtopConditions.NeutralConditional, "conditional (NEUCON)"),
        ("concon", AtopConditions.ConsultConditional, "conditional (CONCON)"),
    ];
}
