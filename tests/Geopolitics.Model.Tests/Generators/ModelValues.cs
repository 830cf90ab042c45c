using System.Collections;
using System.Reflection;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests.Generators;

/// <summary>
/// The public model types, found by reflection so that a new one cannot be forgotten, and every model value reachable
/// from an object through public properties and collections.
/// </summary>
internal static class ModelValues
{
    /// <summary>The namespaces of the model: the facts and the values they are made of.</summary>
    public static readonly string[] Namespaces =
        [.. new[] { "Actors", "Places", "Provenance", "Time", "Transfers", "Treaties", "Stances", "Sanctions", "Scenarios" }
            .Select(name => $"Geopolitics.Model.{name}")];

    /// <summary>Public types of those namespaces that are not data, with the reason.</summary>
    public static readonly IReadOnlyDictionary<Type, string> NotData = new Dictionary<Type, string>
    {
        [typeof(CountryCatalogue)] = "the reference table of countries, embedded in the package",
        [typeof(Gazetteer)] = "the reference table of places, the package's own with a scenario's places added",
        [typeof(ScenarioBuilder)] = "a mutable builder",
        [typeof(ScenarioValidator)] = "a validator",
        [typeof(Country)] = "a row of the country catalogue, read from the package's own table (CountryCatalogue.Default): refer to it by its id",
        [typeof(CowState)] = "a row of the country catalogue's COW states, read from the package's own table: refer to it by its code",
    };

    /// <summary>Every public type of the model namespaces that holds data: not static, not an interface, not in <see cref="NotData"/>.</summary>
    public static IEnumerable<Type> DataTypes() =>
        typeof(Scenario).Assembly.GetExportedTypes()
            .Where(type => Namespaces.Contains(type.Namespace) && !(type.IsAbstract && type.IsSealed) && !type.IsInterface && !NotData.ContainsKey(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

    /// <summary>
    /// Every model value reachable from <paramref name="root"/>, each with the type it is seen as: its declared type
    /// (a union's base, say) and its own type.
    /// </summary>
    public static IEnumerable<(Type Type, object Value)> Reachable(object root)
    {
        var found = new List<(Type, object)>();
        Walk(root.GetType(), root, found, new HashSet<object>(ReferenceEqualityComparer.Instance));

        // Values the model computes rather than holds: who guarantees whom under each clause.
        foreach (var treaty in found.Select(v => v.Item2).OfType<Treaty>().Distinct().ToList())
        {
            foreach (var clause in treaty.Clauses)
            {
                found.AddRange(treaty.GuaranteePairs(clause).Select(pair => (typeof(GuaranteePair), (object)pair)));
            }
        }

        return found;
    }

    private static void Walk(Type declared, object value, List<(Type, object)> found, HashSet<object> visited)
    {
        declared = Nullable.GetUnderlyingType(declared) ?? declared;
        var type = value.GetType();
        if (!IsModel(type) || NotData.ContainsKey(type) || (!type.IsValueType && !visited.Add(value)))
        {
            return;
        }

        found.Add((type, value));
        if (declared != type && IsModel(declared))
        {
            found.Add((declared, value));
        }

        if (type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || NotData.ContainsKey(property.PropertyType))
            {
                continue;
            }

            var member = property.GetValue(value);
            if (member is null or string)
            {
                continue;
            }

            if (member is IEnumerable items && property.PropertyType.IsGenericType)
            {
                var element = property.PropertyType.GetGenericArguments()[^1];
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Walk(element, item, found, visited);
                    }
                }
            }
            else
            {
                Walk(property.PropertyType, member, found, visited);
            }
        }
    }

    private static bool IsModel(Type type) => type.IsPublic && Namespaces.Contains(type.Namespace);
}
