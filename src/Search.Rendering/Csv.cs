using System.Globalization;
using System.Text;

namespace Search.Rendering;

/// <summary>
/// A CSV file (RFC 4180) for spreadsheet programs: UTF-8 with a byte-order mark, which is how Excel
/// knows the Chinese is UTF-8; a text cell that a spreadsheet would take for a formula (starting
/// with = + - @) is prefixed with an apostrophe.
/// </summary>
public static class Csv
{
    /// <summary>The file: the header, then a line per row.</summary>
    public static byte[] Write<T>(IReadOnlyList<string> header, IEnumerable<T> rows, Func<T, IReadOnlyList<string>> cells)
    {
        var csv = new StringBuilder();
        Line(csv, header);
        foreach (var row in rows)
            Line(csv, cells(row));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>A number as a cell: invariant digits, empty for none.</summary>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                csv.Append(',');
            Cell(csv, cells[i]);
        }
        csv.Append("\r\n");
    }

    private static void Cell(StringBuilder csv, string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(value);
            return;
        }
        csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
