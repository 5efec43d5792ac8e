package org.activemat.report;

import org.activemat.engine.study.PairedSummary;

import java.util.Objects;

/**
 * One setting's value of a parameter sweep on one system: e.g. system "Si", setting "batch", value "10" and the
 * paired summary of the experiment run with batch = 10 (same seeds as the other values).
 */
public record SweepPoint(String system, String setting, String value, PairedSummary summary) {
    public SweepPoint {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(summary, "summary");
    }
}
