namespace Economics.Model.Loading;

/// <summary>One step of a <see cref="ScenarioPath"/>: a property name or an array index.</summary>
public readonly record struct PathSegment
{
    /// <summary>The property name; null for an index.</summary>
    public string? Name { get; private init; }

    /// <summary>The array index; meaningful when <see cref="Name"/> is null.</summary>
    public int Index { get; private init; }

    /// <summary>A property step.</summary>
    public static PathSegment Named(string name) => new() { Name = name };

    /// <summary>An array index step.</summary>
    public static PathSegment AtIndex(int index) => new() { Index = index };
}
