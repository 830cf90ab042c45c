using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Stances;

/// <summary>A stance towards one actor ("Seoul condemns Pyongyang").</summary>
public sealed record ActorTarget : StanceTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="actor">The actor.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value.</exception>
    public ActorTarget(ActorId actor) => Actor = ArgumentChecks.NotDefault(actor, nameof(actor));

    /// <summary>The actor.</summary>
    public ActorId Actor { get; }

    private protected override StanceTargetKind KindCore => StanceTargetKind.Actor;

    /// <summary>Culture-invariant text such as "actor PRK".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => $"actor {Actor}";
}
