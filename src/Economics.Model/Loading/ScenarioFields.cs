using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Economics.Model.Scenarios;

namespace Economics.Model.Loading;

/// <summary>
/// Reads and writes numeric fields of a validated <see cref="Scenario"/> by JSON path, without a round trip
/// through JSON: what Monte Carlo, sensitivity, sweeps and the break-even solver vary. Writing returns a new
/// scenario (records are copied along the path); the original is untouched.
/// </summary>
public static class ScenarioFields
{
    /// <summary>Reads the number at <paramref name="path"/> (a <c>double</c> or <c>int</c> field).</summary>
    /// <returns>False, with a reason naming the path, when the path does not lead to a number.</returns>
    public static bool TryGetNumber(Scenario scenario, ScenarioPath path, out double value, out string error)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        value = double.NaN;
        object? current = scenario;
        PropertyInfo? property = null;
        for (int i = 0; i < path.Segments.Count; i++)
        {
            if (!TryStep(current, path, i, out current, out property, out error))
            {
                return false;
            }
        }

        switch (current)
        {
            case null when property is not null && IsOptionalNumber(property.PropertyType):
                // An optional number left unset (e.g. a pool's stopMonth: the pool never stops) has no value to
                // vary from; once a scenario or an override gives it one, it varies like any number.
                error = $"{path} is not set in this scenario (null); give it a number first (in the scenario, or --set {path}=<number>), then vary it";
                return false;
            case double d:
                value = d;
                error = string.Empty;
                return true;
            case int n:
                value = n;
                error = string.Empty;
                return true;
            default:
                error = $"{path} is {(current is null ? "null" : "not a number")}; only numeric fields can be varied";
                return false;
        }
    }

    /// <summary>Reads the number at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The path does not lead to a number.</exception>
    public static double GetNumber(Scenario scenario, string path) =>
        TryGetNumber(scenario, ScenarioPath.Parse(path), out double value, out string error)
            ? value
            : throw new ArgumentException(error, nameof(path));

    /// <summary>Whether the field at <paramref name="path"/> holds whole numbers (months, counts).</summary>
    public static bool IsWholeNumber(Scenario scenario, ScenarioPath path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        object? current = scenario;
        for (int i = 0; i < path.Segments.Count; i++)
        {
            if (!TryStep(current, path, i, out current, out _, out _))
            {
                return false;
            }
        }

        return current is int;
    }

    /// <summary>Returns a copy of <paramref name="scenario"/> with the number at <paramref name="path"/> set to
    /// <paramref name="value"/> (rounded to the nearest whole number for whole-number fields). The result is
    /// not re-validated: validate it (<see cref="Validation.ScenarioValidator"/>) when the value may be out of range.</summary>
    /// <exception cref="ArgumentException">The path does not lead to a number.</exception>
    public static Scenario WithNumber(Scenario scenario, ScenarioPath path, double value)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        if (!TryGetNumber(scenario, path, out _, out string error))
        {
            throw new ArgumentException(error, nameof(path));
        }

        return (Scenario)SetAt(scenario, path, 0, value)!;
    }

    /// <summary>Returns a copy with the number at <paramref name="path"/> set.</summary>
    public static Scenario WithNumber(Scenario scenario, string path, double value) =>
        WithNumber(scenario, ScenarioPath.Parse(path), value);

    private static object? SetAt(object? node, ScenarioPath path, int index, double value)
    {
        var segment = path.Segments[index];
        bool last = index == path.Segments.Count - 1;
        if (segment.Name is { } name)
        {
            var property = FindProperty(node!.GetType(), name)!;
            object? child = property.GetValue(node);
            object? newChild = last ? Convert(property.PropertyType, value) : SetAt(child, path, index + 1, value);
            object copy = CloneRecord(node);
            property.SetValue(copy, newChild);
            return copy;
        }

        var list = (IList)node!;
        var elementType = node!.GetType().GetGenericArguments().FirstOrDefault() ?? typeof(object);
        var newList = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), list.Count)!;
        foreach (object? item in list)
        {
            newList.Add(item);
        }

        newList[segment.Index] = last ? Convert(elementType, value) : SetAt(list[segment.Index], path, index + 1, value);
        return newList;
    }

    private static object Convert(Type type, double value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(int))
        {
            double rounded = Math.Round(value, MidpointRounding.AwayFromZero);
            return rounded >= int.MaxValue ? int.MaxValue : rounded <= int.MinValue ? int.MinValue : (int)rounded;
        }

        return value;
    }

    private static object CloneRecord(object record)
    {
        // Records compile a public virtual "<Clone>$" method that calls the copy constructor.
        var clone = record.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{record.GetType().Name} is not a record");
        return clone.Invoke(record, null)!;
    }

    private static bool IsOptionalNumber(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying && (underlying == typeof(int) || underlying == typeof(double));

    private static bool TryStep(object? current, ScenarioPath path, int index, out object? next, out PropertyInfo? property, out string error)
    {
        var segment = path.Segments[index];
        next = null;
        property = null;
        error = string.Empty;
        if (current is null)
        {
            error = $"{path.Format(index)} is null, so {path} does not exist";
            return false;
        }

        if (segment.Name is { } name)
        {
            if (current is IList || current.GetType().IsPrimitive || current is string)
            {
                error = $"{path.Format(index)} is not an object, so it has no field {Validation.QuotedText.Of(name)}";
                return false;
            }

            property = FindProperty(current.GetType(), name);
            if (property is null)
            {
                error = $"{path.Format(index + 1)} is not a known field";
                return false;
            }

            next = property.GetValue(current);
            return true;
        }

        if (current is not IList list)
        {
            error = $"{path.Format(index)} is not an array";
            return false;
        }

        if (segment.Index >= list.Count)
        {
            error = $"{path.Format(index + 1)} is out of range; the array has {list.Count.ToString(CultureInfo.InvariantCulture)} {(list.Count == 1 ? "item" : "items")}";
            return false;
        }

        next = list[segment.Index];
        return true;
    }

    private static PropertyInfo? FindProperty(Type type, string jsonName)
    {
        JsonTypeInfo info = ScenarioJson.Options.GetTypeInfo(type);
        var property = info.Properties.FirstOrDefault(p => p.Name == jsonName && p.Set is not null);
        return property?.AttributeProvider as PropertyInfo;
    }
}
