using TosScan.Classification.Models;

namespace TosScan.Classification.Training;

/// <summary>
/// Platt scaling fitted by Newton's method with backtracking (Lin, Lin and Weng's robust variant
/// of Platt 1999), with Platt's smoothed targets (N+ + 1)/(N+ + 2) and 1/(N- + 2). The smoothing
/// matters here: cross-validated margins on a corpus this clean are nearly separable, and plain
/// logistic regression on them would push the slope towards infinity and every score to 0 or 1.
/// </summary>
internal static class PlattFitter
{
    public static PlattParameters Fit(IReadOnlyList<double> margins, IReadOnlyList<bool> truth)
    {
        ArgumentNullException.ThrowIfNull(margins);
        ArgumentNullException.ThrowIfNull(truth);
        var n = margins.Count;
        double prior1 = truth.Count(t => t), prior0 = n - prior1;
        double hiTarget = (prior1 + 1.0) / (prior1 + 2.0), loTarget = 1 / (prior0 + 2.0);
        var t = truth.Select(x => x ? hiTarget : loTarget).ToArray();

        double a = 0, b = Math.Log((prior0 + 1.0) / (prior1 + 1.0));
        const double sigma = 1e-12, minStep = 1e-10, eps = 1e-5;
        var fval = Objective(margins, t, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = sigma, h22 = sigma, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < n; i++)
            {
                var fApB = (margins[i] * a) + b;
                double p, q;
                if (fApB >= 0)
                {
                    p = Math.Exp(-fApB) / (1.0 + Math.Exp(-fApB));
                    q = 1.0 / (1.0 + Math.Exp(-fApB));
                }
                else
                {
                    p = 1.0 / (1.0 + Math.Exp(fApB));
                    q = Math.Exp(fApB) / (1.0 + Math.Exp(fApB));
                }

                var d2 = p * q;
                h11 += margins[i] * margins[i] * d2;
                h22 += d2;
                h21 += margins[i] * d2;
                var d1 = t[i] - p;
                g1 += margins[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < eps && Math.Abs(g2) < eps)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var dA = -((h22 * g1) - (h21 * g2)) / det;
            var dB = -((-h21 * g1) + (h11 * g2)) / det;
            var gd = (g1 * dA) + (g2 * dB);
            var step = 1.0;
            while (step >= minStep)
            {
                var newA = a + (step * dA);
                var newB = b + (step * dB);
                var newF = Objective(margins, t, newA, newB);
                if (newF < fval + (0.0001 * step * gd))
                {
                    a = newA;
                    b = newB;
                    fval = newF;
                    break;
                }

                step /= 2.0;
            }

            if (step < minStep)
            {
                break;
            }
        }

        return new PlattParameters(Math.Round(a, 6), Math.Round(b, 6));
    }

    private static double Objective(IReadOnlyList<double> margins, double[] t, double a, double b)
    {
        double f = 0;
        for (var i = 0; i < margins.Count; i++)
        {
            var fApB = (margins[i] * a) + b;
            f += fApB >= 0
                ? (t[i] * fApB) + Math.Log(1 + Math.Exp(-fApB))
                : ((t[i] - 1) * fApB) + Math.Log(1 + Math.Exp(fApB));
        }

        return f;
    }
}
