using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Economics.Model.Engine;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary>
/// Every output bit of a run as lines <c>path = value</c>: each series (a list of doubles) as the first 16 hex digits
/// of the SHA-256 of its IEEE-754 bits, each scalar (summary answers, names, counts) as its round-trip text. Walks the
/// <see cref="SimulationResult"/> by reflection (the scenario input excepted: it is not an output) and then every
/// public per-month array of the <see cref="SimulationWorkspace"/> the run wrote (truncated to the horizon), which is
/// what Monte Carlo reads. A new output property is fingerprinted without touching this file.
/// </summary>
internal static class OutputFingerprint
{
    /// <summary>The lines of one run: the result's outputs, then the workspace's.</summary>
    public static IEnumerable<string> Lines(SimulationResult result, SimulationWorkspace workspace)
    {
        var lines = new List<string>();
        AddObject(lines, "result", result);
        AddWorkspace(lines, workspace);
        return lines;
    }

    private static void AddObject(List<string> lines, string prefix, object value)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.PropertyType == typeof(Scenario) || property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            Add(lines, prefix + "." + property.Name, property.GetValue(value));
        }
    }

    private static void Add(List<string> lines, string path, object? value)
    {
        switch (value)
        {
            case null:
                lines.Add($"{path} = null");
                break;
            case double d:
                lines.Add($"{path} = {d.ToString("R", CultureInfo.InvariantCulture)}");
                break;
            case string or bool or int or long or Enum or DateOnly:
                lines.Add($"{path} = {Convert.ToString(value, CultureInfo.InvariantCulture)}");
                break;
            case IEnumerable<double> series:
                lines.Add($"{path} = {Hash(series)}");
                break;
            case IDictionary dictionary:
                foreach (var key in dictionary.Keys.Cast<string>().Order(StringComparer.Ordinal))
                {
                    Add(lines, $"{path}[{key}]", dictionary[key]);
                }

                break;
            case IEnumerable items:
                var list = items.Cast<object>().ToList();
                if (list.Count > 0 && list[0] is not string && list[0].GetType().IsClass)
                {
                    for (int i = 0; i < list.Count; i++)
                    {
                        AddObject(lines, $"{path}[{i}]", list[i]);
                    }
                }
                else
                {
                    lines.Add($"{path} = {Hash(list.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture)!))}");
                }

                break;
            default:
                AddObject(lines, path, value);
                break;
        }
    }

    private static void AddWorkspace(List<string> lines, SimulationWorkspace ws)
    {
        AddArrays(lines, "ws", ws, ws.Months);
        for (int c = 0; c < ws.CohortCount; c++)
        {
            AddArrays(lines, $"ws.Cohorts[{c}]", ws.Cohorts[c], ws.Months);
        }

        for (int i = 0; i < ws.PoolCount; i++)
        {
            AddArrays(lines, $"ws.Pools[{i}]", ws.Pools[i], ws.Months);
        }

        for (int m = 0; m < ws.MarketCount; m++)
        {
            AddArrays(lines, $"ws.Markets[{m}]", ws.Markets[m], ws.Months);
        }
    }

    private static void AddArrays(List<string> lines, string prefix, object owner, int months)
    {
        foreach (var property in owner.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.PropertyType == typeof(double[]))
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var array = (double[])property.GetValue(owner)!;
            lines.Add($"{prefix}.{property.Name} = {Hash(array.Take(months))}");
        }
    }

    private static string Hash(IEnumerable<double> values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> bits = stackalloc byte[sizeof(long)];
        int count = 0;
        foreach (double v in values)
        {
            BitConverter.TryWriteBytes(bits, BitConverter.DoubleToInt64Bits(v));
            hash.AppendData(bits);
            count++;
        }

        return $"{Convert.ToHexString(hash.GetHashAndReset())[..16]} ({count})";
    }

    private static string Hash(IEnumerable<string> values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int count = 0;
        foreach (string v in values)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(v + "\n"));
            count++;
        }

        return $"{Convert.ToHexString(hash.GetHashAndReset())[..16]} ({count})";
    }
}
