package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Adaptive: each round an EXP3 bandit ({@link Exp3}) chooses which of its arms (other registered strategies, at their
 * defaults) picks the whole batch, learning from the observed improvement of the model on held-out labels, in the
 * spirit of Hsu &amp; Lin's ALBL (AAAI 2015) but with a reward measured on labels no compared model was trained on.
 *
 * <p>Reward. The batch B_t chosen by the arm of round t is labelled and trained on in round t + 1; whether it helped
 * shows on labels that neither the model of round t nor that of round t + 1 saw: the batch B_{t+1} labelled next.
 * So when round t + 2 queries, with ŷ_t and ŷ_{t+1} those models' predictions (the context's candidate means, kept
 * from each round), the relative improvement i = (MAE(ŷ_t) − MAE(ŷ_{t+1})) / MAE(ŷ_t) on B_{t+1}, clipped to
 * [−1, 1], gives the reward r = (1 + i)/2 ∈ [0, 1] of round t's arm (r = ½: no change). The evaluation batch is not a
 * uniform sample (the next arm chose it), which the importance weight of EXP3 does not correct: the reward says where
 * the model improved on the points the strategies found worth labelling next. A reward needs two later rounds, so the
 * first arms are drawn with equal probability and the bandit learns from round 2 on.
 *
 * <p>State. The strategy keeps, across its calls, the arm and probability of each round and the candidates' predicted
 * means, so one object must serve one run (the loop creates the strategy once per run). Reproducible: the arm is drawn
 * with the round's Random, the arm gets a Random seeded from it, nothing else is random. Without means and labels in
 * the context (contexts built from descriptors only), no reward is observed and the arms stay equally likely.
 */
public final class AdaptiveStrategy implements QueryStrategy {
    /** The strategies the bandit may choose from, in this order; each is a 0/1 parameter of the registry entry. */
    public static final List<String> ARMS = List.of("random", "uncertainty", "diversity", "hybrid", "maxdist",
            "kmeanspp", "maxdet", "lcmd", "bait");
    /** The default set: the baseline, the two paper strategies that differ most, and the feature-space winner. */
    public static final List<String> DEFAULT_ARMS = List.of("random", "uncertainty", "diversity", "lcmd");

    private final List<String> names;
    private final List<QueryStrategy> arms;
    private final Exp3 bandit;
    private final List<Round> history = new ArrayList<>();

    /** One query round: the arm drawn, its probability, the batch, and every candidate's predicted mean. */
    private record Round(int arm, double probability, int[] batch, Map<Integer, Double> predicted) {}

    public AdaptiveStrategy(List<QueryStrategy> arms, double gamma, double eta) {
        if (arms.isEmpty()) throw new IllegalArgumentException("adaptive needs at least one strategy to choose from");
        this.arms = List.copyOf(arms);
        this.names = arms.stream().map(QueryStrategy::name).toList();
        this.bandit = new Exp3(arms.size(), gamma, eta);
    }

    @Override public String name() { return "adaptive"; }

    public List<String> armNames() { return names; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        rewardTheRoundBeforeLast(ctx);
        double[] p = bandit.probabilities();
        int arm = Exp3.draw(p, rng);
        List<Pick> picks = arms.get(arm).select(ctx, batch, new Random(rng.nextLong()));
        history.add(new Round(arm, p[arm], picks.stream().mapToInt(Pick::index).toArray(), predictions(ctx)));
        String why = new AdaptiveChoice(names.get(arm), reason(arm, p)).prefix();
        List<Pick> out = new ArrayList<>(picks.size());
        for (Pick pick : picks) out.add(pick.withRule(why + pick.rule()));
        return out;
    }

    /** The reward of round t = size − 2, measured on round t + 1's batch, now labelled. */
    private void rewardTheRoundBeforeLast(SelectionContext ctx) {
        int t = history.size() - 2;
        if (t < 0 || ctx.labelledTargets() == null) return;
        Round judged = history.get(t), next = history.get(t + 1);
        if (judged.predicted() == null || next.predicted() == null) return; // no means in the context
        Map<Integer, Double> truth = new HashMap<>();
        for (int i = 0; i < ctx.labelled().length; i++) truth.put(ctx.labelled()[i], ctx.labelledTargets()[i]);
        double before = 0, after = 0;
        int count = 0;
        for (int row : next.batch()) {
            Double y = truth.get(row), old = judged.predicted().get(row), now = next.predicted().get(row);
            if (y == null || old == null || now == null) continue; // the oracle failed on it, or rows changed
            before += Math.abs(y - old);
            after += Math.abs(y - now);
            count++;
        }
        if (count == 0 || !(before > 0)) return;
        double improvement = Math.max(-1, Math.min(1, (before - after) / before));
        bandit.reward(judged.arm(), (1 + improvement) / 2, judged.probability());
        history.set(t, new Round(judged.arm(), judged.probability(), judged.batch(), null)); // judged once: free its means
    }

    private static Map<Integer, Double> predictions(SelectionContext ctx) {
        if (ctx.candidateMean() == null) return null;
        Map<Integer, Double> m = new HashMap<>(ctx.candidates().length * 2);
        for (int c = 0; c < ctx.candidates().length; c++) m.put(ctx.candidates()[c], ctx.candidateMean()[c]);
        return m;
    }

    /** "p = 0.46; mean reward: lcmd 0.58 over 2 rounds, best other random 0.51 over 1", or "p = 0.25; no reward observed yet". */
    private String reason(int arm, double[] p) {
        String head = String.format("p = %.2f; ", p[arm]);
        boolean any = false;
        for (int a = 0; a < names.size(); a++) any |= bandit.rewardCount(a) > 0;
        if (!any) return head + "no reward observed yet";
        int best = -1;
        for (int a = 0; a < names.size(); a++)
            if (a != arm && bandit.rewardCount(a) > 0 && (best < 0 || bandit.meanReward(a) > bandit.meanReward(best))) best = a;
        String mine = bandit.rewardCount(arm) > 0 ? "mean reward: " + names.get(arm) + " " + rewarded(arm)
                : "mean reward: " + names.get(arm) + " not yet rewarded";
        return head + mine + (best < 0 ? "" : ", best other " + names.get(best) + " " + rewarded(best));
    }

    private String rewarded(int a) {
        int n = bandit.rewardCount(a);
        return String.format("%.2f over %d round%s", bandit.meanReward(a), n, n == 1 ? "" : "s");
    }
}
