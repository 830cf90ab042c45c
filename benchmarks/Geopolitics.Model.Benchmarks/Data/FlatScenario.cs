using System.Text.Json;

namespace Geopolitics.Model.Benchmarks.Data;

// The shape of a scenario file as plain mutable classes of strings and numbers, with no checks: what a script would
// deserialize the same file into. It covers the members the generated transfer scenarios use.

/// <summary>A scenario file as plain classes: the baseline of <see cref="ScenarioJsonBenchmarks"/>.</summary>
public sealed class FlatScenario
{
    /// <summary>The options of the baseline: System.Text.Json's web defaults (camelCase names), reflection-based.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Gets or sets <c>formatVersion</c>.</summary>
    public int FormatVersion { get; set; }

    /// <summary>Gets or sets <c>name</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets <c>description</c>.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets <c>actors</c>.</summary>
    public List<FlatActor>? Actors { get; init; }

    /// <summary>Gets or sets <c>transfers</c>.</summary>
    public List<FlatTransfer>? Transfers { get; init; }

    /// <summary>Gets or sets <c>exchanges</c>.</summary>
    public List<FlatExchange>? Exchanges { get; init; }
}

/// <summary>An actor as plain strings.</summary>
public sealed class FlatActor
{
    /// <summary>Gets or sets <c>id</c>.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>kind</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets <c>name</c>.</summary>
    public string? Name { get; set; }
}

/// <summary>A transfer as plain strings and nested plain classes.</summary>
public sealed class FlatTransfer
{
    /// <summary>Gets or sets <c>id</c>.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>supplier</c>.</summary>
    public string? Supplier { get; set; }

    /// <summary>Gets or sets <c>recipient</c>.</summary>
    public string? Recipient { get; set; }

    /// <summary>Gets or sets <c>period</c>.</summary>
    public FlatPeriod? Period { get; set; }

    /// <summary>Gets or sets <c>status</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets <c>item</c>.</summary>
    public FlatItem? Item { get; set; }

    /// <summary>Gets or sets <c>evidence</c>.</summary>
    public FlatEvidence? Evidence { get; set; }

    /// <summary>Gets or sets <c>description</c>.</summary>
    public string? Description { get; set; }
}

/// <summary>A period as two strings.</summary>
public sealed class FlatPeriod
{
    /// <summary>Gets or sets <c>start</c>.</summary>
    public string? Start { get; set; }

    /// <summary>Gets or sets <c>end</c>.</summary>
    public string? End { get; set; }
}

/// <summary>Every kind of transfer item in one class: the members of the kinds not present stay null.</summary>
public sealed class FlatItem
{
    /// <summary>Gets or sets <c>kind</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets <c>category</c>.</summary>
    public string? Category { get; set; }

    /// <summary>Gets or sets <c>quantity</c>.</summary>
    public FlatQuantity? Quantity { get; set; }

    /// <summary>Gets or sets <c>designation</c>.</summary>
    public string? Designation { get; set; }

    /// <summary>Gets or sets <c>sipriCategory</c>.</summary>
    public string? SipriCategory { get; set; }

    /// <summary>Gets or sets <c>numberOrdered</c>.</summary>
    public FlatEstimate? NumberOrdered { get; set; }

    /// <summary>Gets or sets <c>numberDelivered</c>.</summary>
    public FlatEstimate? NumberDelivered { get; set; }

    /// <summary>Gets or sets <c>tivPerUnit</c>.</summary>
    public decimal? TivPerUnit { get; set; }

    /// <summary>Gets or sets <c>tivOrder</c>.</summary>
    public decimal? TivOrder { get; set; }

    /// <summary>Gets or sets <c>tivDelivered</c>.</summary>
    public decimal? TivDelivered { get; set; }

    /// <summary>Gets or sets <c>secondHand</c>.</summary>
    public bool? SecondHand { get; set; }

    /// <summary>Gets or sets <c>domain</c>.</summary>
    public string? Domain { get; set; }

    /// <summary>Gets or sets <c>form</c>.</summary>
    public string? Form { get; set; }

    /// <summary>Gets or sets <c>money</c>.</summary>
    public FlatMoney? Money { get; set; }

    /// <summary>Gets or sets <c>count</c>.</summary>
    public FlatEstimate? Count { get; set; }

    /// <summary>Gets or sets <c>role</c>.</summary>
    public string? Role { get; set; }

    /// <summary>Gets or sets <c>deploymentLocation</c>.</summary>
    public string? DeploymentLocation { get; set; }

    /// <summary>Gets or sets <c>inSupportOfOperations</c>.</summary>
    public bool? InSupportOfOperations { get; set; }

    /// <summary>Gets or sets <c>resource</c>.</summary>
    public string? Resource { get; set; }

    /// <summary>Gets or sets <c>description</c>.</summary>
    public string? Description { get; set; }
}

/// <summary>A quantity.</summary>
public sealed class FlatQuantity
{
    /// <summary>Gets or sets <c>amount</c>.</summary>
    public FlatEstimate? Amount { get; set; }

    /// <summary>Gets or sets <c>unit</c>.</summary>
    public string? Unit { get; set; }
}

/// <summary>An amount of money.</summary>
public sealed class FlatMoney
{
    /// <summary>Gets or sets <c>currency</c>.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets <c>amount</c>.</summary>
    public FlatEstimate? Amount { get; set; }
}

/// <summary>An estimate.</summary>
public sealed class FlatEstimate
{
    /// <summary>Gets or sets <c>qualifier</c>.</summary>
    public string? Qualifier { get; set; }

    /// <summary>Gets or sets <c>low</c>.</summary>
    public decimal? Low { get; set; }

    /// <summary>Gets or sets <c>high</c>.</summary>
    public decimal? High { get; set; }
}

/// <summary>Evidence.</summary>
public sealed class FlatEvidence
{
    /// <summary>Gets or sets <c>confidence</c>.</summary>
    public string? Confidence { get; set; }

    /// <summary>Gets or sets <c>sources</c>.</summary>
    public List<FlatSource>? Sources { get; init; }
}

/// <summary>A source.</summary>
public sealed class FlatSource
{
    /// <summary>Gets or sets <c>publisher</c>.</summary>
    public string? Publisher { get; set; }

    /// <summary>Gets or sets <c>title</c>.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets <c>url</c>.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets <c>date</c>.</summary>
    public string? Date { get; set; }

    /// <summary>Gets or sets <c>kind</c>.</summary>
    public string? Kind { get; set; }
}

/// <summary>An exchange.</summary>
public sealed class FlatExchange
{
    /// <summary>Gets or sets <c>id</c>.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>transfers</c>.</summary>
    public List<string>? Transfers { get; init; }

    /// <summary>Gets or sets <c>evidence</c>.</summary>
    public FlatEvidence? Evidence { get; set; }

    /// <summary>Gets or sets <c>description</c>.</summary>
    public string? Description { get; set; }
}
