package org.activemat.ui;

import org.activemat.ui.common.Icons;

import java.util.Locale;

/** The workbench's panels, in tab order: what the guide, the session and the tests address instead of a tab number. */
public enum Panel {
    DATA("Data", Icons.DATA),
    DESCRIPTORS("Descriptors", Icons.DESCRIPTORS),
    STRATEGIES("Strategies", Icons.STRATEGIES),
    RUN("Run", Icons.RUN_TAB),
    RESULTS("Results", Icons.RESULTS),
    STUDY("Study", Icons.STUDY);

    private final String title;
    private final Icons icon;

    Panel(String title, Icons icon) {
        this.title = title;
        this.icon = icon;
    }

    public String title() { return title; }

    public Icons icon() { return icon; }

    /** The tab's node id, "tab-data", for tests and style sheets. */
    public String id() { return "tab-" + title.toLowerCase(Locale.ROOT); }
}
