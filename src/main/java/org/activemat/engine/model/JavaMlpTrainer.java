package org.activemat.engine.model;

import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.Futures;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Trains the java-mlp ensemble: each member a {@link Float32Mlp} on mini-batches of the shuffled rows, MSE on the
 * standardized target, Adam or SGD with momentum. Pure Java float32 arithmetic, so the numbers depend on the seeds
 * alone: not on the machine, the thread, or whether members train in parallel.
 */
final class JavaMlpTrainer implements Trainer {
    private final MlpSettings settings;

    JavaMlpTrainer(MlpSettings settings) {
        List<String> problems = new ArrayList<>(settings.problems());
        problems.addAll(new JavaMlpBackend().problems(settings));
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        this.settings = settings;
    }

    @Override public JavaMlpEnsemble train(double[][] x, double[] y, long[] memberSeeds, IntConsumer afterMember,
                                           CancellationToken token, ExecutorService membersPool) {
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
        if (x.length < 2) throw new IllegalArgumentException("need at least 2 labelled rows to train (got " + x.length + ")");
        if (memberSeeds.length != settings.members())
            throw new IllegalArgumentException("need one seed per member: " + settings.members() + " members, " + memberSeeds.length + " seeds");
        float[][] xf = toFloat(x);
        // the target standardized in double (a sum over rows), as MlpEnsemble does
        TargetScale scale = TargetScale.of(y);
        double mean = scale.mean(), std = scale.std();
        float[] z = scaled(y, scale);

        Float32Mlp[] nets = new Float32Mlp[settings.members()];
        double[] losses = new double[nets.length];
        if (membersPool == null) {
            for (int m = 0; m < nets.length; m++) {
                if (token != null) token.check();
                nets[m] = trainMember(xf, z, memberSeeds[m], token, losses, m);
                if (afterMember != null) afterMember.accept(m);
            }
        } else {
            List<Future<Float32Mlp>> futures = new ArrayList<>();
            for (int m = 0; m < nets.length; m++) {
                final int member = m;
                futures.add(membersPool.submit(() -> {
                    if (token != null) token.check();
                    Float32Mlp net = trainMember(xf, z, memberSeeds[member], token, losses, member);
                    if (afterMember != null) afterMember.accept(member);
                    return net;
                }));
            }
            for (int m = 0; m < nets.length; m++) nets[m] = Futures.await(futures.get(m), token);
        }
        return new JavaMlpEnsemble(nets, mean, std, losses);
    }

    // The loops over rows are small methods of their own, here and below: a loop left in train or trainMember would have
    // the JIT compile those methods again on stack (OSR), with all of training inlined, late in a run.

    /** x in float32; IllegalArgumentException for rows of unequal length. */
    static float[][] toFloat(double[][] x) {
        int p = x[0].length;
        float[][] xf = new float[x.length][p];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != p) throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + p);
            for (int j = 0; j < p; j++) xf[i][j] = (float) x[i][j];
        }
        return xf;
    }

    private static float[] scaled(double[] y, TargetScale scale) {
        float[] z = new float[y.length];
        for (int i = 0; i < y.length; i++) z[i] = (float) scale.scaled(y[i]);
        return z;
    }

    /** The seed of a member's shuffling RNG: derived from, and distinct from, its initialisation seed. */
    static long shuffleSeed(long memberSeed) {
        return memberSeed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    /**
     * One member: every buffer allocated here, before the epochs; the epoch loop only reads and writes them. Stores the
     * mean squared error of the last epoch (standardized units, summed in double) in losses[slot].
     */
    private Float32Mlp trainMember(float[][] x, float[] z, long seed, CancellationToken token, double[] losses, int slot) {
        int n = x.length, batch = Math.min(settings.batchSize(), n);
        Float32Mlp net = new Float32Mlp(x[0].length, settings.hiddenLayers(), new Random(seed));
        MlpWorkspace ws = new MlpWorkspace(net.sizes, batch, true);
        float[][] params = net.parameterRows(), grads = ws.gradientRows();
        ParameterUpdate optimizer = ParameterUpdate.of(settings, params);
        Random shuffle = new Random(shuffleSeed(seed));
        int[] order = identity(n);
        float[][] bx = new float[batch][];
        float[] bz = new float[batch];
        double sse = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            if (token != null) token.check(); // reads a flag only: the numbers do not depend on it
            shuffle(order, shuffle);
            sse = epoch(net, ws, optimizer, params, grads, x, z, order, bx, bz);
        }
        losses[slot] = sse / n;
        net.dropTrainingCopies();
        return net;
    }

    /**
     * One pass over the rows in the given order, a step per mini-batch of bx.length rows (the last may be partial);
     * returns the sum of squared errors, each batch's taken before its step. (Its own method, so the JIT compiles the
     * epoch once, not again for each loop of trainMember it would enter on stack.)
     */
    private static double epoch(Float32Mlp net, MlpWorkspace ws, ParameterUpdate optimizer, float[][] params,
                                float[][] grads, float[][] x, float[] z, int[] order, float[][] bx, float[] bz) {
        int n = order.length, batch = bx.length;
        double sse = 0;
        for (int start = 0; start < n; start += batch) {
            int k = Math.min(batch, n - start);
            for (int j = 0; j < k; j++) {
                bx[j] = x[order[start + j]];
                bz[j] = z[order[start + j]];
            }
            net.forward(bx, k, ws);
            float scale = 2f / k; // ∂/∂out of the batch mean of (out − z)²
            for (int j = 0; j < k; j++) {
                float e = ws.out[j] - bz[j];
                sse += (double) e * e;
                ws.dOut[j] = scale * e;
            }
            net.backward(bx, k, ws);
            optimizer.step(params, grads);
            net.refreshTransposes();
        }
        return sse;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
}
