package org.activemat.ui.descriptors;

/** What the colour of a point on the descriptor map means. */
public enum ColorMode {
    TARGET("target value"),
    SPLIT("train pool / test split of a seed"),
    CLUSTER("k-means cluster"),
    PICK_ROUND("round a strategy picked it");

    private final String label;

    ColorMode(String label) { this.label = label; }

    @Override public String toString() { return label; }
}
