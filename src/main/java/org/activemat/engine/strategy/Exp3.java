package org.activemat.engine.strategy;

import java.util.Random;

/**
 * EXP3 (Auer, Cesa-Bianchi, Freund &amp; Schapire 2002), the adversarial bandit: it suits rewards that drift as the
 * model learns. Arm a is drawn with p_a = (1 − γ)·w_a/Σw + γ/K; a reward r ∈ [0, 1] for an arm drawn with
 * probability p multiplies its weight by exp(η·(r − ½)/p), (r − ½)/p being an unbiased estimate of the arm's reward
 * above ½. Two departures from the textbook, both for runs of a handful of rounds: the rewards are centred on ½ ("no
 * change"), which shifts every arm's estimate alike in expectation but removes most of its variance, and the
 * learning rate η is a parameter of its own rather than γ/K. Weights are kept as logarithms. Uses only the Random it
 * is handed.
 */
final class Exp3 {
    private final double gamma, eta;
    private final double[] logWeight, rewardSum;
    private final int[] rewards;

    Exp3(int arms, double gamma, double eta) {
        if (arms < 1) throw new IllegalArgumentException("a bandit needs at least one arm");
        if (!(gamma > 0 && gamma <= 1)) throw new IllegalArgumentException("EXP3's γ must be in (0, 1] (got " + gamma + ")");
        if (!(eta > 0)) throw new IllegalArgumentException("EXP3's learning rate η must be positive (got " + eta + ")");
        this.gamma = gamma;
        this.eta = eta;
        logWeight = new double[arms];
        rewardSum = new double[arms];
        rewards = new int[arms];
    }

    int arms() { return logWeight.length; }

    double[] probabilities() {
        double max = Double.NEGATIVE_INFINITY;
        for (double w : logWeight) max = Math.max(max, w);
        double sum = 0;
        double[] p = new double[logWeight.length];
        for (int a = 0; a < p.length; a++) sum += p[a] = Math.exp(logWeight[a] - max);
        for (int a = 0; a < p.length; a++) p[a] = (1 - gamma) * p[a] / sum + gamma / p.length;
        return p;
    }

    /** Draws an arm from p (one uniform number from rng). */
    static int draw(double[] p, Random rng) {
        double u = rng.nextDouble(), cum = 0;
        for (int a = 0; a < p.length; a++) {
            cum += p[a];
            if (u < cum) return a;
        }
        return p.length - 1;
    }

    /** The reward of arm a, which had probability p when it was drawn. */
    void reward(int a, double r, double p) {
        double clipped = Math.max(0, Math.min(1, r));
        logWeight[a] += eta * (clipped - 0.5) / p;
        rewardSum[a] += clipped;
        rewards[a]++;
    }

    /** Mean observed reward of arm a (NaN before its first). */
    double meanReward(int a) { return rewards[a] == 0 ? Double.NaN : rewardSum[a] / rewards[a]; }

    int rewardCount(int a) { return rewards[a]; }
}
