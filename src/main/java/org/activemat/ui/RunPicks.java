package org.activemat.ui;

import org.activemat.engine.data.Dataset;
import org.activemat.ui.descriptors.DescriptorsViewModel;
import org.activemat.ui.run.RunViewModel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The split and picks of the runs shown on the Run panel (live, finished or opened), offered to the descriptor map only
 * while it shows the dataset they were made on: another file may reuse the same ids for other structures.
 */
final class RunPicks implements DescriptorsViewModel.PicksSource {
    private final WorkbenchModel model;
    private final RunViewModel run;

    RunPicks(WorkbenchModel model, RunViewModel run) {
        this.model = model;
        this.run = run;
    }

    private boolean sameData() {
        Dataset d = model.dataset();
        String made = model.experimentDataProperty().get();
        return d != null && made != null && made.equals(d.fingerprint());
    }

    @Override public Set<String> testIds(int seed) { return sameData() ? run.testIds(seed) : null; }

    @Override public Map<String, Integer> pickRounds(String strategy, int seed) {
        return sameData() ? run.pickRounds(strategy, seed) : null;
    }

    @Override public List<String> strategies() { return run.plan() == null ? List.of() : run.plan().strategyNames(); }

    @Override public List<Integer> seeds() { return run.plan() == null ? List.of() : run.plan().seeds(); }
}
