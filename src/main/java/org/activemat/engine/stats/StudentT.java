package org.activemat.engine.stats;

/**
 * Student's t distribution with df degrees of freedom, for the paired test and its interval. The two-sided tail is
 * P(|T| ≥ t) = I_x(df/2, 1/2) with x = df / (df + t²) (the regularised incomplete beta, by Lentz's continued
 * fraction); the quantile solves it by safeguarded Newton steps. Both are good to about 1e-13 relative. Written here
 * because Smile's TDistribution is good to only about 1e-8, too coarse to check against scipy's values.
 */
final class StudentT {
    private StudentT() {}

    private static final double EPS = 1e-16, TINY = 1e-300;

    /** P(|T| ≥ |t|): 1 at t = 0, 0 at ±∞, NaN for NaN. */
    static double twoSidedP(double t, int df) {
        checkDf(df);
        if (Double.isNaN(t)) return Double.NaN;
        if (Double.isInfinite(t)) return 0;
        double t2 = t * t;
        if (t2 == 0) return 1;
        // x and 1 − x from their own formulas, so neither loses digits to a subtraction
        return regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2.0, 0.5);
    }

    /** The q-quantile, e.g. q = 0.975 for a two-sided 95 % interval. */
    static double quantile(double q, int df) {
        checkDf(df);
        if (!(q > 0 && q < 1)) throw new IllegalArgumentException("quantile level must be in (0, 1), got " + q);
        if (q == 0.5) return 0;
        if (q < 0.5) return -quantile(1 - q, df);
        double alpha = 2 * (1 - q); // the two-sided tail the quantile leaves
        double lo = 0, hi = 1;
        while (twoSidedP(hi, df) > alpha) { lo = hi; hi *= 2; }
        double t = (lo + hi) / 2;
        for (int i = 0; i < 200; i++) {
            double f = twoSidedP(t, df) - alpha; // decreasing in t
            if (f > 0) lo = t; else hi = t;
            double next = t + f / (2 * density(t, df));
            if (!(next > lo && next < hi)) next = (lo + hi) / 2; // Newton left the bracket: bisect
            if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) return next;
            t = next;
        }
        return t;
    }

    static double density(double t, int df) {
        double logC = lnGamma((df + 1) / 2.0) - lnGamma(df / 2.0) - 0.5 * Math.log(df * Math.PI);
        return Math.exp(logC - (df + 1) / 2.0 * Math.log1p(t * t / df));
    }

    /** I_x(a, b), given x and y = 1 − x; the continued fraction of the side where it converges fast. */
    static double regularizedBeta(double x, double y, double a, double b) {
        if (x <= 0) return 0;
        if (y <= 0) return 1;
        double front = Math.exp(a * Math.log(x) + b * Math.log(y) - (lnGamma(a) + lnGamma(b) - lnGamma(a + b)));
        if (x < (a + 1) / (a + b + 2)) return front * betaFraction(x, a, b) / a;
        return 1 - front * betaFraction(y, b, a) / b;
    }

    /** The continued fraction of I_x(a, b) (modified Lentz, as in Numerical Recipes' betacf). */
    private static double betaFraction(double x, double a, double b) {
        double qab = a + b, qap = a + 1, qam = a - 1;
        double c = 1, d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) d = TINY;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d; if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c; if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d; if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c; if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) <= EPS) break;
        }
        return h;
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};

    /** ln Γ(x) for x ≥ 0.5 (Lanczos, g = 7, nine terms: about 1e-15 relative). */
    static double lnGamma(double x) {
        if (x < 0.5) throw new IllegalArgumentException("lnGamma needs x >= 0.5, got " + x);
        x -= 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (x + i);
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    private static void checkDf(int df) {
        if (df < 1) throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
    }
}
