package org.activemat.ui.descriptors;

/** One feature's row in the table: mean and std over the entries, and why it may be a problem. */
public record FeatureStat(String name, double mean, double std, boolean zeroVariance, boolean possibleLeak) {
    public String flags() {
        if (zeroVariance && possibleLeak) return "zero variance; possible leak";
        if (zeroVariance) return "zero variance";
        if (possibleLeak) return "possible leak";
        return "";
    }
}
