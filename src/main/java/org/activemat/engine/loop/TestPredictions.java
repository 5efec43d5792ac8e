package org.activemat.engine.loop;

import java.util.List;

/** The final ensemble's predictions on the test set, for parity and calibration plots. */
public record TestPredictions(List<String> ids, double[] truth, double[] mean, double[] std) {
    public TestPredictions {
        ids = List.copyOf(ids);
        if (truth.length != ids.size() || mean.length != ids.size() || std.length != ids.size())
            throw new IllegalArgumentException("ids, truth, mean and std differ in length");
    }
}
