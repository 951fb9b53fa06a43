using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Economics.Model.Loading;
using Economics.Model.Scenarios;
using Economics.Model.Validation;

namespace Economics.Analysis.Parameters;

/// <summary>
/// A numeric field of a scenario, addressed by JSON path (e.g. <c>cohorts[1].gpuHourlyUsd</c>), resolved once
/// against a template scenario and compiled into a setter: what Monte Carlo, sensitivity, sweeps and the
/// break-even solver vary. Setting returns a new scenario (the records along the path are copied, like
/// <see cref="ScenarioFields.WithNumber(Scenario, ScenarioPath, double)"/>, which it matches value for value) but
/// without reflection per call, so it can run once per Monte Carlo path.
/// </summary>
/// <remarks>The compiled setter follows the template's shape (which one-of kind sits at each step and how long
/// each array is). Use it on the template or on scenarios derived from it by setting numbers. Whole-number fields
/// (months, counts) round to the nearest integer, halves away from zero. Immutable and thread safe.</remarks>
public sealed class ScenarioParameter
{
    private readonly Func<Scenario, double, Scenario> _set;

    private ScenarioParameter(ScenarioPath path, double baseValue, bool isWholeNumber, Func<Scenario, double, Scenario> set)
    {
        Path = path;
        BaseValue = baseValue;
        IsWholeNumber = isWholeNumber;
        _set = set;
    }

    /// <summary>The JSON path.</summary>
    public ScenarioPath Path { get; }

    /// <summary>The path as text, e.g. <c>demand.growth.monthlyRate</c>.</summary>
    public string Name => Path.ToString();

    /// <summary>The field's value in the template scenario, in the field's unit.</summary>
    public double BaseValue { get; }

    /// <summary>Whether the field holds whole numbers (values are rounded when set).</summary>
    public bool IsWholeNumber { get; }

    /// <summary>Resolves <paramref name="path"/> against <paramref name="template"/>; false with a message naming
    /// the path when the text is not a path or does not lead to a number.</summary>
    public static bool TryResolve(Scenario template, string? path, out ScenarioParameter? parameter, out string error)
    {
        ArgumentNullException.ThrowIfNull(template);
        parameter = null;
        if (!ScenarioPath.TryParse(path, out var parsed, out error))
        {
            return false;
        }

        if (!ScenarioFields.TryGetNumber(template, parsed, out double value, out error))
        {
            return false;
        }

        var scenario = Expression.Parameter(typeof(Scenario), "scenario");
        var number = Expression.Parameter(typeof(double), "value");
        var body = Build(scenario, template, parsed, 0, number);
        var setter = Expression.Lambda<Func<Scenario, double, Scenario>>(Expression.Convert(body, typeof(Scenario)), scenario, number).Compile();
        parameter = new ScenarioParameter(parsed, value, ScenarioFields.IsWholeNumber(template, parsed), setter);
        return true;
    }

    /// <summary>Resolves <paramref name="path"/> against <paramref name="template"/>.</summary>
    /// <exception cref="ArgumentException">The path is malformed or does not lead to a number; the message names it.</exception>
    public static ScenarioParameter Resolve(Scenario template, string path) =>
        TryResolve(template, path, out var parameter, out string error) ? parameter! : throw new ArgumentException(error, nameof(path));

    /// <summary>Returns a copy of <paramref name="scenario"/> with this field set to <paramref name="value"/>
    /// (not validated: see <see cref="TryWith"/>).</summary>
    public Scenario With(Scenario scenario, double value)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _set(scenario, value);
    }

    /// <summary>The value this field would hold after setting <paramref name="value"/> (rounded for whole numbers).</summary>
    public double Effective(double value) => IsWholeNumber ? ToWholeNumber(value) : value;

    /// <summary>Sets the field and validates the result; false with every problem (each naming its JSON path and
    /// the value that caused it) when the value makes the scenario invalid.</summary>
    public bool TryWith(Scenario scenario, double value, out Scenario result, out string error)
    {
        result = With(scenario, value);
        if (!double.IsFinite(value))
        {
            error = $"{Name} = {ValueText.Show(value)} is not a finite number";
            return false;
        }

        var problems = ScenarioValidator.Validate(result);
        if (problems.Count == 0)
        {
            error = string.Empty;
            return true;
        }

        error = $"{Name} = {ValueText.Show(Effective(value))} makes the scenario invalid: " +
            string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}"));
        return false;
    }

    /// <summary>Rounds like <see cref="ScenarioFields.WithNumber(Scenario, ScenarioPath, double)"/> does for
    /// whole-number fields: nearest integer, halves away from zero, saturating at the <c>int</c> range.</summary>
    internal static int ToWholeNumber(double value)
    {
        double rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        return rounded >= int.MaxValue ? int.MaxValue : rounded <= int.MinValue ? int.MinValue : (int)rounded;
    }

    // Builds "copy the node at segment index, with its child replaced" as an expression whose static type is the
    // node's runtime type in the template.
    private static BlockExpression Build(Expression node, object current, ScenarioPath path, int index, ParameterExpression value)
    {
        var segment = path.Segments[index];
        bool last = index == path.Segments.Count - 1;
        if (segment.Name is { } name)
        {
            var type = current.GetType();
            var property = FindProperty(type, name);
            var clone = type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{type.Name} is not a record");
            Expression child = last
                ? Leaf(property.PropertyType, value)
                : Build(Typed(Expression.Property(node, property), property.GetValue(current)!), property.GetValue(current)!, path, index + 1, value);
            var copy = Expression.Variable(type, "copy");
            return Expression.Block(
                type,
                [copy],
                Expression.Assign(copy, Expression.Convert(Expression.Call(node, clone), type)),
                Expression.Assign(Expression.Property(copy, property), Expression.Convert(child, property.PropertyType)),
                copy);
        }

        var list = (IList)current;
        var elementType = ElementType(current.GetType());
        var readOnlyList = typeof(IReadOnlyList<>).MakeGenericType(elementType);
        var listType = typeof(List<>).MakeGenericType(elementType);
        var indexer = readOnlyList.GetProperty("Item")!;
        var position = Expression.Constant(segment.Index);
        object? item = list[segment.Index];
        Expression newItem = last
            ? Leaf(elementType, value)
            : Build(Typed(Expression.MakeIndex(Expression.Convert(node, readOnlyList), indexer, [position]), item!), item!, path, index + 1, value);
        var newList = Expression.Variable(listType, "list");
        return Expression.Block(
            listType,
            [newList],
            Expression.Assign(newList, Expression.New(listType.GetConstructor([typeof(IEnumerable<>).MakeGenericType(elementType)])!, Expression.Convert(node, typeof(IEnumerable<>).MakeGenericType(elementType)))),
            Expression.Assign(Expression.MakeIndex(newList, listType.GetProperty("Item")!, [position]), Expression.Convert(newItem, elementType)),
            newList);
    }

    private static Expression Typed(Expression expression, object runtimeValue) =>
        expression.Type == runtimeValue.GetType() ? expression : Expression.Convert(expression, runtimeValue.GetType());

    private static UnaryExpression Leaf(Type fieldType, ParameterExpression value)
    {
        var target = Nullable.GetUnderlyingType(fieldType) ?? fieldType;
        Expression converted = target == typeof(int)
            ? Expression.Call(typeof(ScenarioParameter).GetMethod(nameof(ToWholeNumber), BindingFlags.NonPublic | BindingFlags.Static)!, value)
            : value;
        return Expression.Convert(converted, fieldType);
    }

    private static Type ElementType(Type listType) =>
        listType.IsArray
            ? listType.GetElementType()!
            : listType.GetInterfaces().Append(listType)
                .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                .GetGenericArguments()[0];

    private static PropertyInfo FindProperty(Type type, string jsonName)
    {
        JsonTypeInfo info = ScenarioJson.Options.GetTypeInfo(type);
        return info.Properties.First(p => p.Name == jsonName).AttributeProvider as PropertyInfo
            ?? throw new InvalidOperationException($"{type.Name}.{jsonName} is not a property");
    }
}
