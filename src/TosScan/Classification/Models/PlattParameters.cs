namespace TosScan.Classification.Models;

/// <summary>
/// Platt scaling as ML.NET's PlattCalibrator defines it: p = 1 / (1 + exp(Slope * margin + Offset)).
/// Fitted on out-of-fold margins, so scores mean "how often a corpus clause with this margin had the
/// label", not the over-confident in-sample logistic output.
/// </summary>
internal readonly record struct PlattParameters(double Slope, double Offset)
{
    public double Probability(double margin) => 1.0 / (1.0 + Math.Exp((Slope * margin) + Offset));
}
