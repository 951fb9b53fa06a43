using System.Globalization;

namespace Economics.Model.Results;

/// <summary>Turns the scenario's <c>startMonth</c> (yyyy-MM) into dates of model months.</summary>
public static class MonthCalendar
{
    /// <summary>The first day of <paramref name="yearMonth"/> (yyyy-MM).</summary>
    /// <exception cref="FormatException">Not a yyyy-MM month.</exception>
    public static DateOnly Parse(string yearMonth) =>
        DateOnly.ParseExact(yearMonth, "yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of model month <paramref name="month"/>.</summary>
    public static DateOnly DateOf(string startMonth, int month) => Parse(startMonth).AddMonths(month);
}
