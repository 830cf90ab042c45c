namespace Geopolitics.Model.Sanctions;

/// <summary>Whom a <see cref="SanctionsRegime"/> binds: who breaches it by trading with the target.</summary>
public enum SanctionsBinding
{
    /// <summary>Every state: a UN Security Council regime binds every UN member.</summary>
    AllStates = 0,

    /// <summary>Only the authority: a unilateral regime (a state's own sanctions) binds that state.</summary>
    AuthorityOnly = 1,

    /// <summary>The authority and its members: an EU regime binds the EU and its member states.</summary>
    AuthorityAndMembers = 2,
}
