package org.activemat.engine.model;

import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.descriptor.Standardizer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Back-to-back figures for java-mlp and smile-mlp in one JVM (not a test: run it by hand, see the class's usage).
 * <ul>
 *   <li>{@code speed}: µs of CPU per sample-epoch (one sample's forward, backward and update, 17→128→128→1,
 *       mini-batch 16, 105 rows), thread CPU time of one member after another in this thread, best of 2–3 trainings
 *       per round, after a warm-up; -Drounds=N rounds (5);</li>
 *   <li>{@code accuracy [epochs…]}: test MAE of the 5-member ensemble mean on the bundled samples, 3 random splits
 *       of 30, 60 and 105 training rows (the paper's first, a middle and its final label count; -Dtrain=N for one), the
 *       rest as test rows: smile-mlp's paper settings vs java-mlp with Adam lr 1e-3 at each epoch count
 *       (-Dsystems=Si,TiO,C,Fe by default).</li>
 * </ul>
 * Usage: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.activemat.engine.model.JavaMlpBenchmark
 * speed|accuracy [epochs…]}
 */
public final class JavaMlpBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "speed" : args[0];
        if (what.equals("speed")) speed();
        else {
            List<Integer> epochs = new ArrayList<>();
            for (int i = 1; i < args.length; i++) epochs.add(Integer.parseInt(args[i]));
            if (epochs.isEmpty()) epochs = List.of(100, 200, 300);
            int[] sizes = Integer.getInteger("train", 0) > 0 ? new int[]{Integer.getInteger("train")} : new int[]{30, 60, 105};
            for (String system : System.getProperty("systems", "Si,TiO,C,Fe").split(","))
                for (int train : sizes) accuracy(system, train, epochs);
        }
    }

    /** µs of CPU per sample-epoch of one member trained in this thread; best of a few repeats. */
    static double microsPerSampleEpoch(ModelBackend backend, MlpSettings s, double[][] x, double[] y, int repeats) {
        Trainer t = backend.trainer(s.withMembers(2));
        double best = Double.MAX_VALUE;
        for (int rep = 0; rep < repeats; rep++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            t.train(x, y, new long[]{rep, rep + 100}, null, null, null);
            long c1 = CPU.getCurrentThreadCpuTime();
            best = Math.min(best, (c1 - c0) / 1e3 / (2.0 * x.length * s.epochs()));
        }
        return best;
    }

    /** Alternates the backends round by round, so a change of machine load hits both alike; prints each round. */
    static void speed() {
        SyntheticData d = new SyntheticData(105, 3); // the paper's final label count: 6 full mini-batches and one of 9
        ModelBackend sm = ModelBackends.REGISTRY.get(SmileMlpBackend.NAME), jm = ModelBackends.REGISTRY.get(JavaMlpBackend.NAME);
        MlpSettings smile = sm.defaults().withEpochs(20), java = jm.defaults();
        MlpSettings javaSgd = java.withOptimizer(Optimizer.SGD_MOMENTUM).withLearningRate(0.005);
        microsPerSampleEpoch(sm, smile, d.x, d.y, 2); // warm-up
        microsPerSampleEpoch(jm, java, d.x, d.y, 3);
        microsPerSampleEpoch(jm, javaSgd, d.x, d.y, 3);
        int rounds = Integer.getInteger("rounds", 5);
        double[] s = new double[rounds], j = new double[rounds], g = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            s[round] = microsPerSampleEpoch(sm, smile, d.x, d.y, 2);
            j[round] = microsPerSampleEpoch(jm, java, d.x, d.y, 3);
            g[round] = microsPerSampleEpoch(jm, javaSgd, d.x, d.y, 3);
            System.out.printf(Locale.ROOT, "µs CPU per sample-epoch: smile-mlp %.2f  java-mlp adam %.2f  java-mlp sgd %.2f  (%.1f× less)%n",
                    s[round], j[round], g[round], s[round] / j[round]);
        }
        System.out.printf(Locale.ROOT, "median of %d rounds: smile-mlp %.2f  java-mlp adam %.2f  java-mlp sgd %.2f  (%.1f× less CPU with adam)%n",
                rounds, median(s), median(j), median(g), median(s) / median(j));
    }

    private static double median(double[] a) {
        double[] b = a.clone();
        java.util.Arrays.sort(b);
        return b.length % 2 == 1 ? b[b.length / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2;
    }

    static void accuracy(String system, int train, List<Integer> epochs) throws Exception {
        FeatureMatrix fm = Descriptors.matrix(DatasetFormats.read(Path.of("sample-data", system + ".extxyz")),
                Descriptors.byName("paper-17"), system.equals("Si") ? "energy_per_atom" : "formation_energy_per_atom", List.of());
        ModelBackend sm = ModelBackends.REGISTRY.get(SmileMlpBackend.NAME), jm = ModelBackends.REGISTRY.get(JavaMlpBackend.NAME);
        List<String> names = new ArrayList<>();
        List<double[]> results = new ArrayList<>(); // per config: mae per split, then cpu seconds
        names.add("smile-mlp sgd lr 0.01 100 ep");
        results.add(new double[4]);
        for (int e : epochs) {
            names.add("java-mlp adam lr 1e-3 " + e + " ep");
            results.add(new double[4]);
        }
        for (int split = 0; split < 3; split++) {
            Split sp = new Split(fm, train, split);
            long[] seeds = {split * 10L, split * 10L + 1, split * 10L + 2, split * 10L + 3, split * 10L + 4};
            measure(sm.trainer(sm.defaults()), sp, seeds, results.get(0), split);
            for (int i = 0; i < epochs.size(); i++)
                measure(jm.trainer(jm.defaults().withEpochs(epochs.get(i))), sp, seeds, results.get(i + 1), split);
        }
        System.out.printf(Locale.ROOT, "%s (%s, %d rows, %d train): test MAE per split, mean, CPU s%n", system, fm.target(), fm.rows(), train);
        for (int i = 0; i < names.size(); i++) {
            double[] r = results.get(i);
            System.out.printf(Locale.ROOT, "  %-32s %.4f %.4f %.4f  mean %.4f  cpu %.1f s%n", names.get(i), r[0], r[1], r[2],
                    (r[0] + r[1] + r[2]) / 3, r[3]);
        }
    }

    private static void measure(Trainer t, Split sp, long[] seeds, double[] out, int split) {
        long c0 = CPU.getCurrentThreadCpuTime();
        double[] p = t.train(sp.trainX, sp.trainY, seeds, null, null, null).predict(sp.testX).mean();
        out[3] += (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
        out[split] = mae(p, sp.testY);
    }

    static double mae(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) s += Math.abs(p[i] - y[i]);
        return s / y.length;
    }

    /** A random split: `train` rows to train on (standardized on them), the rest to test. */
    static final class Split {
        final double[][] trainX, testX;
        final double[] trainY, testY;

        Split(FeatureMatrix fm, int train, long seed) {
            int n = fm.rows();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Random r = new Random(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i]; order[i] = order[j]; order[j] = t;
            }
            int[] tr = java.util.Arrays.copyOf(order, train), te = java.util.Arrays.copyOfRange(order, train, n);
            Standardizer st = Standardizer.fit(fm.x(), tr);
            trainX = new double[train][];
            trainY = new double[train];
            testX = new double[n - train][];
            testY = new double[n - train];
            for (int i = 0; i < train; i++) { trainX[i] = st.transform(fm.x()[tr[i]]); trainY[i] = fm.y()[tr[i]]; }
            for (int i = 0; i < te.length; i++) { testX[i] = st.transform(fm.x()[te[i]]); testY[i] = fm.y()[te[i]]; }
        }
    }
}
