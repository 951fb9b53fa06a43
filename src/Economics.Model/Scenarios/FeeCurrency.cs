namespace Economics.Model.Scenarios;

/// <summary>What users pay fees in.</summary>
public enum FeeCurrency
{
    /// <summary>The network token ($OPG); operators sell part of it, adding sell pressure.</summary>
    Token,

    /// <summary>A USD stablecoin; no sell pressure.</summary>
    Stablecoin,
}
