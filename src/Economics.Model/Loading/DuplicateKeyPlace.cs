namespace Economics.Model.Loading;

/// <summary>A key given twice in one JSON object.</summary>
/// <param name="Path">JSON path of the key, as scenario problems name paths (<c>token.maxSupply</c>).</param>
/// <param name="Key">The key.</param>
/// <param name="First">1-based line and column (bytes) where it is first given.</param>
/// <param name="Again">1-based line and column where it is given again.</param>
internal sealed record DuplicateKeyPlace(string Path, string Key, (long Line, long Column) First, (long Line, long Column) Again)
{
    /// <summary>"line 3, column 3 and again at line 4, column 3".</summary>
    public string Where => $"line {First.Line}, column {First.Column} and again at line {Again.Line}, column {Again.Column}";
}
