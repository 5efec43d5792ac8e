package org.activemat.engine.loop;

import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.task.CancellationToken;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs strategies × seeds on a fixed pool of plan.threads() workers, one run per task; when there are fewer runs than
 * threads (e.g. one run in the UI), the members of each ensemble are trained in parallel instead. Runs share nothing
 * mutable but the round-0 ensemble of each seed ({@link SharedRoundZero}), and every RNG is derived from (seed,
 * strategy, round, member), so the numbers do not depend on the threads.
 * Cancelling stops each run before its next ensemble member; the runs already finished are kept.
 */
public final class ExperimentRunner {

    /** Units of progress of a whole experiment: one per ensemble member trained (cross-validation's folds included). */
    public static long totalMembers(ExperimentPlan plan) {
        return (long) plan.runs() * plan.rounds() * plan.model().members() * (1 + plan.recalibration().extraEnsemblesPerRound());
    }

    /**
     * The sample-epochs (labelled rows × members × epochs, summed over rounds) a finished experiment trained: those of
     * every round of every run, less round 0 of all but one strategy per seed where the runs shared it.
     */
    public static long trainedSampleEpochs(ExperimentResult r) {
        long perRow = (long) r.plan().model().members() * r.plan().model().settings().epochs(), rows = 0;
        java.util.Set<Integer> seedsSeen = new java.util.HashSet<>();
        boolean shared = SharedRoundZero.applies(r.plan());
        for (RunResult run : r.runs())
            for (RoundResult round : run.rounds())
                if (!(shared && round.round() == 0 && !seedsSeen.add(run.seed()))) rows += round.labelled();
        return rows * perRow;
    }

    public ExperimentResult run(FeatureMatrix data, ExperimentPlan plan, ExperimentListener listener, CancellationToken token) {
        List<String> problems = plan.problems(data.rows());
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        ExperimentListener l = listener == null ? ExperimentListener.NONE : listener;
        CancellationToken t = token == null ? new CancellationToken() : token;
        long start = System.nanoTime();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
            Thread th = new Thread(r, "activemat-run-" + threadNo.incrementAndGet());
            th.setDaemon(true);
            return th;
        });
        boolean memberParallel = plan.runs() < plan.threads();
        ExecutorService membersPool = memberParallel ? Executors.newFixedThreadPool(plan.threads(), r -> {
            Thread th = new Thread(r, "activemat-member-" + threadNo.incrementAndGet());
            th.setDaemon(true);
            return th;
        }) : null;
        List<Future<RunResult>> futures = new ArrayList<>();
        SharedRoundZero roundZero = SharedRoundZero.applies(plan) ? new SharedRoundZero() : null;
        try {
            // seed-major, so all strategies advance side by side and live curves can be compared early
            for (int seed : plan.seeds())
                for (String s : plan.strategyNames()) {
                    ActiveLearningRun run = new ActiveLearningRun(data, plan, s, seed, roundZero);
                    futures.add(pool.submit(() -> {
                        try {
                            return run.run(l, t, membersPool);
                        } catch (CancellationToken.CancelledException e) {
                            return null;
                        }
                    }));
                }
            List<RunResult> done = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                RunResult r = get(f, t);
                if (r != null) done.add(r);
            }
            return new ExperimentResult(plan, done, done.size() == futures.size(), (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
            if (membersPool != null) membersPool.shutdownNow();
        }
    }

    private static RunResult get(Future<RunResult> f, CancellationToken token) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            token.cancel();
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            token.cancel(); // one run failed: stop the others, report the cause
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }
}
