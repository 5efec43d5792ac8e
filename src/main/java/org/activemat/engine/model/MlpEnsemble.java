package org.activemat.engine.model;

import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.Futures;
import smile.base.mlp.Layer;
import smile.base.mlp.LayerBuilder;
import smile.base.mlp.OutputFunction;
import smile.math.MathEx;
import smile.math.TimeFunction;
import smile.regression.MLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * M Smile MLPs trained on the same labelled rows, differing only by seed (initial weights and shuffling order).
 * The prediction is the member mean; the uncertainty is the member variance (query by committee).
 *
 * <p>The target is standardized inside the model (mean 0, std 1 over the training rows) and predictions are mapped
 * back, so one learning rate works for eV/atom and for eV targets alike.
 *
 * <p>Members are trained one after another in the calling thread: Smile draws initial weights from
 * {@code MathEx}'s per-thread RNG, which is seeded here from the member seed, so the numbers depend only on the seeds,
 * never on which thread or pool runs the training. Parallelism belongs to the caller (runs of an experiment).
 */
public final class MlpEnsemble implements EnsembleModel {
    private final Net[] members;
    private final double yMean, yStd;

    private MlpEnsemble(Net[] members, double yMean, double yStd) {
        this.members = members;
        this.yMean = yMean;
        this.yStd = yStd;
    }

    /**
     * Trains settings.members() MLPs on (x, y); x is already standardized. memberSeeds gives one seed per member.
     * afterMember is told the index of each finished member; the token is checked before each member and after every
     * epoch inside it (a volatile read), so Cancel returns within one epoch even when members are long.
     */
    public static MlpEnsemble train(double[][] x, double[] y, MlpSettings settings, long[] memberSeeds,
                                    IntConsumer afterMember, CancellationToken token) {
        return train(x, y, settings, memberSeeds, afterMember, token, null);
    }

    /**
     * As above, but trains the members as parallel tasks on membersPool when it is given (for an experiment with
     * fewer runs than cores). Each member still seeds the RNG of the thread that trains it, so the result is the same
     * as sequential training; afterMember is then called from the pool's threads.
     */
    public static MlpEnsemble train(double[][] x, double[] y, MlpSettings settings, long[] memberSeeds,
                                    IntConsumer afterMember, CancellationToken token, ExecutorService membersPool) {
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
        if (x.length < 2) throw new IllegalArgumentException("need at least 2 labelled rows to train (got " + x.length + ")");
        if (memberSeeds.length != settings.members())
            throw new IllegalArgumentException("need one seed per member: " + settings.members() + " members, " + memberSeeds.length + " seeds");
        if (!settings.problems().isEmpty()) throw new IllegalArgumentException(String.join("; ", settings.problems()));
        BlasThreads.singleThreaded();

        TargetScale scale = TargetScale.of(y);
        double mean = scale.mean(), std = scale.std();
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) z[i] = scale.scaled(y[i]);

        Net[] nets = new Net[settings.members()];
        if (membersPool == null) {
            for (int m = 0; m < nets.length; m++) {
                if (token != null) token.check();
                nets[m] = trainMember(x, z, settings, memberSeeds[m], token);
                if (afterMember != null) afterMember.accept(m);
            }
        } else {
            List<Future<Net>> futures = new ArrayList<>();
            for (int m = 0; m < nets.length; m++) {
                final int member = m;
                futures.add(membersPool.submit(() -> {
                    if (token != null) token.check();
                    Net net = trainMember(x, z, settings, memberSeeds[member], token);
                    if (afterMember != null) afterMember.accept(member);
                    return net;
                }));
            }
            for (int m = 0; m < nets.length; m++) nets[m] = Futures.await(futures.get(m), token);
        }
        return new MlpEnsemble(nets, mean, std);
    }

    private static Net trainMember(double[][] x, double[] z, MlpSettings s, long seed, CancellationToken token) {
        MathEx.setSeed(seed); // Smile's weight initialisation draws from this thread's RNG
        int p = x[0].length;
        LayerBuilder[] layers = new LayerBuilder[s.hiddenLayers().size() + 2];
        layers[0] = Layer.input(p);
        for (int i = 0; i < s.hiddenLayers().size(); i++) layers[i + 1] = Layer.rectifier(s.hiddenLayers().get(i));
        layers[layers.length - 1] = Layer.mse(1, OutputFunction.LINEAR);
        Net net = new Net(layers);
        net.setLearningRate(TimeFunction.constant(s.learningRate()));
        net.setMomentum(TimeFunction.constant(s.momentum()));
        if (s.optimizer() == Optimizer.RMSPROP) net.setRMSProp(0.9, 1e-7);

        int n = x.length, b = Math.min(s.batchSize(), n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Random shuffle = new Random(seed ^ 0x5DEECE66DL);
        double[][] bx = new double[b][];
        double[] by = new double[b];
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            if (token != null) token.check(); // reads a flag only: the numbers do not depend on it
            shuffle(order, shuffle);
            for (int start = 0; start < n; start += b) {
                int k = Math.min(b, n - start);
                double[][] cx = k == b ? bx : new double[k][];
                double[] cy = k == b ? by : new double[k];
                for (int j = 0; j < k; j++) {
                    cx[j] = x[order[start + j]];
                    cy[j] = z[order[start + j]];
                }
                if (k == 1) net.update(cx[0], cy[0]);
                else net.update(cx, cy);
            }
        }
        return net;
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }

    @Override public int size() { return members.length; }

    @Override public double[] predictMember(int m, double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = members[m].predict(x[i]) * yStd + yMean;
        return out;
    }

    @Override public double[][] lastHidden(int m, double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = members[m].lastHidden(x[i]);
        return out;
    }

    /** Smile's MLP, opened up to read its last hidden layer (the same network and numbers). */
    private static final class Net extends MLP {
        Net(LayerBuilder... layers) {
            super(layers);
        }

        double[] lastHidden(double[] x) {
            propagate(x, false);
            return net[net.length - 1].output().clone();
        }
    }
}
