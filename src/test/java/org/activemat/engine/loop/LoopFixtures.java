package org.activemat.engine.loop;

import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.Optimizer;
import org.activemat.engine.model.SyntheticData;

import java.util.ArrayList;
import java.util.List;

/** Small synthetic data and a reduced protocol that keep loop tests to a second or two. */
public final class LoopFixtures {
    private LoopFixtures() {}

    public static FeatureMatrix synthetic(int rows) {
        SyntheticData d = new SyntheticData(rows, 42);
        List<String> ids = new ArrayList<>(), formulas = new ArrayList<>(), names = new ArrayList<>();
        for (int i = 0; i < rows; i++) { ids.add("s-" + i); formulas.add("Si"); }
        for (int j = 0; j < 17; j++) names.add("f" + j);
        return new FeatureMatrix(ids, formulas, names, d.x, d.y, "energy_per_atom", List.of());
    }

    /** 2 strategies × 2 seeds, 10 + 2×5 labels, 2 members of 16-16 for 20 epochs. */
    public static ExperimentPlan reduced(int threads) {
        MlpSettings tiny = new MlpSettings(2, List.of(16, 16), 20, 8, 0.01, 0.9, Optimizer.SGD_MOMENTUM);
        return ExperimentPlan.paper().withStrategies(List.of("random", "hybrid")).withSeeds(List.of(0, 1))
                .withSchedule(10, 2, 5).withModel(tiny).withThreads(threads);
    }
}
