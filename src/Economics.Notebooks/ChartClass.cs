using System.Dynamic;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Economics.Notebooks;

/// <summary>
/// A static class of Economics.Charts (loaded in the isolated <see cref="ChartLoadContext"/>) whose public static
/// methods a cell calls through <c>dynamic</c>, with the same arguments as in C#: positional or named, optional
/// parameters left out. Charts come back as <see cref="NotebookChart"/>; other results (chart inputs, answers in
/// words) as they are, so one call's result can be passed to the next.
/// </summary>
public sealed class ChartClass : DynamicObject
{
    private readonly Type _type;

    internal ChartClass(Type type) => _type = type;

    /// <summary>The class's full name.</summary>
    public string Name => _type.FullName ?? _type.Name;

    /// <summary>The names of the public static methods.</summary>
    public IReadOnlyList<string> Methods =>
        [.. _type.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Distinct().Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public override IEnumerable<string> GetDynamicMemberNames() => Methods;

    /// <inheritdoc />
    public override bool TryInvokeMember(InvokeMemberBinder binder, object?[]? args, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        result = Invoke(binder.Name, args ?? [], binder.CallInfo.ArgumentNames);
        return true;
    }

    /// <inheritdoc />
    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        ArgumentNullException.ThrowIfNull(binder);
        var property = _type.GetProperty(binder.Name, BindingFlags.Public | BindingFlags.Static);
        result = property is null ? null : ChartLibrary.Wrap(property.GetValue(null));
        return property is not null;
    }

    /// <summary>Calls the public static method <paramref name="method"/> with <paramref name="args"/>, the last
    /// <paramref name="names"/>.Count of them named.</summary>
    /// <exception cref="MissingMethodException">No overload takes these arguments (the message lists them).</exception>
    public object? Invoke(string method, IReadOnlyList<object?> args, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(args);
        names ??= [];
        var overloads = _type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == method && !m.IsGenericMethodDefinition).ToList();
        foreach (var candidate in overloads.OrderBy(m => m.GetParameters().Length))
        {
            if (TryBind(candidate, args, names) is { } bound)
            {
                try
                {
                    return ChartLibrary.Wrap(candidate.Invoke(null, bound));
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                    throw;
                }
            }
        }

        string given = string.Join(", ", args.Select(a => a?.GetType().Name ?? "null"));
        string known = overloads.Count == 0
            ? $"its methods are {string.Join(", ", Methods)}"
            : "it has " + string.Join("; ", overloads.Select(o => $"{o.Name}({string.Join(", ", o.GetParameters().Select(p => $"{p.ParameterType.Name} {p.Name}"))})"));
        throw new MissingMethodException($"{Name}.{method}({given}): no such overload; {known}");
    }

    private static object?[]? TryBind(MethodInfo method, IReadOnlyList<object?> args, IReadOnlyList<string> names)
    {
        var parameters = method.GetParameters();
        if (args.Count > parameters.Length)
        {
            return null;
        }

        var bound = new object?[parameters.Length];
        var set = new bool[parameters.Length];
        int positional = args.Count - names.Count;
        for (int i = 0; i < args.Count; i++)
        {
            int at = i < positional ? i : Array.FindIndex(parameters, p => p.Name == names[i - positional]);
            if (at < 0 || set[at] || !TryConvert(args[i], parameters[at].ParameterType, out bound[at]))
            {
                return null;
            }

            set[at] = true;
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            if (!set[i])
            {
                if (!parameters[i].HasDefaultValue)
                {
                    return null;
                }

                bound[i] = parameters[i].DefaultValue is DBNull ? null : parameters[i].DefaultValue;
            }
        }

        return bound;
    }

    private static bool TryConvert(object? value, Type target, out object? converted)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        converted = value;
        if (value is null)
        {
            return !target.IsValueType || underlying != target;
        }

        if (underlying.IsInstanceOfType(value))
        {
            return true;
        }

        // Numbers widen as in C# (an int where a double is declared).
        if (value is IConvertible && underlying.IsPrimitive && value.GetType().IsPrimitive && underlying != typeof(bool) && value is not bool)
        {
            try
            {
                converted = Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }
            catch (Exception e) when (e is InvalidCastException or OverflowException)
            {
                return false;
            }
        }

        return false;
    }
}
