using System.Collections;
using System.Collections.Immutable;
using System.Reflection;

namespace Geopolitics.Model.Tests;

/// <summary>
/// Calls every public constructor and method with <see langword="null"/> for each parameter whose type is not
/// annotated nullable, the other arguments taken from a pool of real values, and lists those that do not throw an
/// <see cref="ArgumentNullException"/> naming that parameter. Shared by the library's and the datasets' tests.
/// </summary>
/// <remarks>
/// The pool holds the values given to it and, found by reflection, the values of their public properties and the
/// elements of their collections, three levels deep; a parameter of a type the pool lacks (a delegate, say) leaves its
/// member unchecked, and the count of members checked says how much was reached. A method that returns a sequence is
/// enumerated, so a check deferred into an iterator counts as missing.
/// </remarks>
internal sealed class NullArguments
{
    private readonly List<object> _pool = [];
    private readonly string _folder;

    public NullArguments(string folder, params object[] roots)
    {
        _folder = folder;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            Collect(root, 0, seen);
        }
    }

    /// <summary>How many (member, parameter) pairs the last <see cref="Unguarded"/> checked.</summary>
    public int Checked { get; private set; }

    /// <summary>The types no value was found for, with how many checks each prevented.</summary>
    public Dictionary<string, int> Missing { get; } = [];

    /// <summary>The members of <paramref name="types"/> that let a null through, each with what happened instead.</summary>
    public List<string> Unguarded(IEnumerable<Type> types)
    {
        Checked = 0;
        var problems = new List<string>();
        var context = new NullabilityInfoContext();
        foreach (var type in types.Where(type => !type.ContainsGenericParameters && !typeof(Delegate).IsAssignableFrom(type)))
        {
            foreach (var member in Members(type))
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    if (parameter.ParameterType.IsValueType || parameter.ParameterType.IsByRef || parameter.IsOut ||
                        context.Create(parameter).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    if (Problem(member, parameters, i, null, typeof(ArgumentNullException)) is { } problem)
                    {
                        problems.Add($"{type.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) with {parameter.Name} null: {problem}");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// The members of <paramref name="types"/> with a parameter that <paramref name="applies"/> to which do not refuse
    /// <paramref name="badValue"/> with an <see cref="ArgumentException"/> naming the parameter, each with what happened.
    /// </summary>
    public List<string> Unrefused(IEnumerable<Type> types, Func<ParameterInfo, bool> applies, object badValue)
    {
        Checked = 0;
        var problems = new List<string>();
        foreach (var type in types.Where(type => !type.ContainsGenericParameters))
        {
            foreach (var member in Members(type))
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (applies(parameters[i]) && Problem(member, parameters, i, badValue, typeof(ArgumentException)) is { } problem)
                    {
                        problems.Add($"{type.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) with {parameters[i].Name} {badValue}: {problem}");
                    }
                }
            }
        }

        return problems;
    }

    // The public constructors and methods declared by the type that can be called (generic methods closed over object
    // where their constraints allow; not abstract methods or the record members that take any value: Equals,
    // <Clone>$, Deconstruct).
    private static IEnumerable<MethodBase> Members(Type type) =>
        type.GetConstructors().Cast<MethodBase>()
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(method => !method.IsSpecialName && !method.IsAbstract && method.Name is not ("Equals" or "<Clone>$" or "Deconstruct"))
                .Select(method => method.IsGenericMethodDefinition ? OverObject(method) : method)
                .OfType<MethodInfo>());

    private static MethodInfo? OverObject(MethodInfo definition)
    {
        try
        {
            return definition.MakeGenericMethod([.. definition.GetGenericArguments().Select(_ => typeof(object))]);
        }
        catch (ArgumentException)
        {
            return null; // a constraint object does not meet
        }
    }

    // Null when the call throws an exception of the expected type naming the parameter, or when it cannot be made.
    private string? Problem(MethodBase member, ParameterInfo[] parameters, int badIndex, object? badValue, Type expected)
    {
        object? instance = null;
        if (!member.IsStatic && member is not ConstructorInfo && !TrySample(member.DeclaringType!, "instance", out instance))
        {
            Missing[member.DeclaringType!.Name] = Missing.GetValueOrDefault(member.DeclaringType!.Name) + 1;
            return null;
        }

        var arguments = new object?[parameters.Length];
        for (var j = 0; j < parameters.Length; j++)
        {
            if (j == badIndex)
            {
                arguments[j] = badValue;
            }
            else if (!TrySample(parameters[j].ParameterType, parameters[j].Name!, out arguments[j]))
            {
                Missing[parameters[j].ParameterType.Name] = Missing.GetValueOrDefault(parameters[j].ParameterType.Name) + 1;
                return null;
            }
        }

        Checked++;
        try
        {
            var result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(instance, arguments);
            if (result is IEnumerable sequence and not string)
            {
                foreach (var _ in sequence)
                {
                }
            }

            return "no exception";
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is ArgumentException thrown && expected.IsInstanceOfType(thrown))
        {
            return thrown.ParamName == parameters[badIndex].Name ? null : $"{thrown.GetType().Name} for '{thrown.ParamName}'";
        }
        catch (TargetInvocationException invocation)
        {
            return $"{invocation.InnerException!.GetType().Name}: {invocation.InnerException.Message}";
        }
        catch (ArgumentException thrown) when (expected.IsInstanceOfType(thrown) && thrown.ParamName == parameters[badIndex].Name)
        {
            return null; // thrown by an iterator while enumerated: the check is deferred
        }
        catch (Exception other)
        {
            return $"{other.GetType().Name}: {other.Message}";
        }
    }

    private bool TrySample(Type type, string name, out object? value)
    {
        value = null;
        if (type == typeof(string))
        {
            value = name.Contains("path", StringComparison.OrdinalIgnoreCase) || name.Contains("file", StringComparison.OrdinalIgnoreCase)
                ? Path.Combine(_folder, "sample.json")
                : "RUS";
            return true;
        }

        if (type == typeof(int))
        {
            value = name.Contains("year", StringComparison.OrdinalIgnoreCase) ? 2000 : 2;
            return true;
        }

        if (type == typeof(TextWriter))
        {
            value = new StringWriter();
            return true;
        }

        if (type == typeof(TextReader))
        {
            value = new StringReader("{}");
            return true;
        }

        if (type == typeof(Stream))
        {
            value = new MemoryStream("{}"u8.ToArray());
            return true;
        }

        if (type == typeof(System.Text.Json.Utf8JsonWriter))
        {
            value = new System.Text.Json.Utf8JsonWriter(new MemoryStream());
            return true;
        }

        if (type == typeof(System.Text.Json.JsonSerializerOptions))
        {
            value = new System.Text.Json.JsonSerializerOptions();
            return true;
        }

        if (type == typeof(CancellationToken))
        {
            value = CancellationToken.None;
            return true;
        }

        if (typeof(Delegate).IsAssignableFrom(type) && type.GetMethod("Invoke") is { } invoke)
        {
            // A delegate that does nothing and returns the default value: enough to pass an argument check.
            var parameters = invoke.GetParameters().Select(p => System.Linq.Expressions.Expression.Parameter(p.ParameterType)).ToArray();
            System.Linq.Expressions.Expression body = invoke.ReturnType == typeof(void)
                ? System.Linq.Expressions.Expression.Empty()
                : System.Linq.Expressions.Expression.Default(invoke.ReturnType);
            value = System.Linq.Expressions.Expression.Lambda(type, body, parameters).Compile();
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is not null)
        {
            return true;
        }

        if (_pool.FirstOrDefault(type.IsInstanceOfType) is { } pooled)
        {
            value = pooled;
            return true;
        }

        if (ElementType(type) is { } element && (type.IsAssignableFrom(element.MakeArrayType()) || IsImmutableArray(type)))
        {
            var items = _pool.Where(element.IsInstanceOfType).Take(2).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            Array.Copy(items, array, items.Length);
            value = IsImmutableArray(type)
                ? typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }]).MakeGenericMethod(element).Invoke(null, [array])
                : array;
            return true;
        }

        if (type.IsValueType)
        {
            value = type.IsEnum ? Enum.GetValues(type).GetValue(0) : Activator.CreateInstance(type);
            return true;
        }

        return false;
    }

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type) ? element
        : null;

    private void Collect(object? value, int depth, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value is decimal || !seen.Add(value))
        {
            return;
        }

        _pool.Add(value);
        if (depth == 3)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence.Cast<object?>().Take(20))
            {
                Collect(item, depth + 1, seen);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            try
            {
                Collect(property.GetValue(value), depth + 1, seen);
            }
            catch (TargetInvocationException)
            {
                // A property that refuses to answer for this value (OneOf's AsT1 on a T0, say) adds nothing.
            }
        }
    }
}
