package org.activemat.ui.guide;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activemat.ui.Panel;

import java.util.List;

/**
 * A guided first experiment for students: what active learning asks, one step per panel, each with a button that
 * does the step in the workbench. A pane docked beside the panels, not a dialog or a window over them, so the user
 * can follow along and see what each step points at.
 */
public final class GettingStarted {
    private GettingStarted() {}

    /** One step: what to look at and why, and the action that takes the user there. */
    public record Step(String title, String text, String action, Runnable run) {}

    /** What the steps do in the workbench. */
    public interface Workbench {
        void openSample(String label);

        void showPanel(Panel panel);

        void quickLook();

        void liveLook();

        void run();
    }

    /** A first comparison on the Si sample, then the live half. */
    public static List<Step> steps(Workbench w) {
        return List.of(
                new Step("Load structures with real DFT labels",
                        "The bundled Si sample holds 320 cells (diamond, β-tin, BC8, strained, rattled, with vacancies), each "
                                + "labelled by a Quantum ESPRESSO calculation: about 2 hours of pw.x in all. The question is how "
                                + "few of them a model would have needed.",
                        "Open the Si sample", () -> {
                            w.openSample("Si — silicon");
                            w.showPanel(Panel.DATA);
                        }),
                new Step("Look at the descriptor space",
                        "Each structure becomes 17 numbers computed before any DFT (composition and geometry). The map shows "
                                + "their first two principal components; colour it by the target to see where the formation "
                                + "energy changes fast, or by cluster to see the groups diversity sampling covers. Click a "
                                + "point to see its structure.",
                        "Show the map", () -> w.showPanel(Panel.DESCRIPTORS)),
                new Step("Choose how to pick",
                        "Random is the baseline. Uncertainty computes next the structures on which the ensemble's networks "
                                + "disagree most; diversity covers the map cluster by cluster; hybrid blends the two. "
                                + "\"Quick look\" compares all four over 3 seeds with smaller networks, in a fraction of the "
                                + "paper protocol's time.",
                        "Use Quick look", () -> {
                            w.quickLook();
                            w.showPanel(Panel.STRATEGIES);
                        }),
                new Step("Run and watch the learning curves",
                        "Each curve is the test error against the number of labels, mean ± 1 std over the seeds. A strategy "
                                + "that saves labels reaches random's final error with fewer of them. Below the curves, the map "
                                + "shows what a strategy picked in each round and why.",
                        "Run", w::run),
                new Step("Compare the strategies",
                        "Results gives each strategy's final error against random's, a paired t-test across seeds (with "
                                + "3 seeds, only large differences are significant), the labels saved, and the pw.x time its "
                                + "labels cost: a strategy that prefers larger cells can save labels without saving CPU hours.",
                        "Show the results", () -> w.showPanel(Panel.RESULTS)),
                new Step("Go live: let pw.x compute the picks",
                        "So far the labels were replayed from the file, as in the paper. Live, the strategies choose from "
                                + "structures nobody has computed, and Quantum ESPRESSO computes each pick when it is chosen. "
                                + "\"Small live protocol\" sets up random against uncertainty with at most 50 calculations; "
                                + "\"Use my structures…\" lets them choose from your own candidates. Run ▸ Suggest next "
                                + "structures picks one batch of your candidates at a time, for another code or for pw.x, and "
                                + "shows how far off the predictions were once it is computed.",
                        "Set up a live run", () -> {
                            w.liveLook();
                            w.showPanel(Panel.STRATEGIES);
                        }));
    }

    /** How wide the docked guide starts: room for its text, while the panels keep about 1000 px at 1366. */
    public static final double WIDTH = 360;

    /**
     * The guide as a pane docked beside the panels (so it never covers the map or the form its steps point at): a
     * title with a close button above the steps, which scroll. Escape closes it while the focus is in it.
     */
    public static Region pane(List<Step> steps, Runnable close) {
        Label title = new Label("Getting started");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        Button hide = new Button("Close");
        hide.setId("guide-close");
        hide.setTooltip(new javafx.scene.control.Tooltip("Hide the guide (Escape); Help ▸ Getting started (F1) shows it again"));
        hide.setOnAction(e -> close.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, hide);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        head.setPadding(new Insets(8, 8, 8, 16));
        ScrollPane scroll = new ScrollPane(content(steps));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);   // the text wraps at the pane's width
        VBox pane = new VBox(head, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        pane.setId("guide-pane");
        pane.setMinWidth(260);
        pane.setPrefWidth(WIDTH);
        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        return pane;
    }

    static VBox content(List<Step> steps) {
        Label intro = new Label("Every label of a machine-learned potential or property model is a first-principles "
                + "calculation. Active learning lets the model choose which structures to compute next. These steps compare "
                + "four ways of choosing on real DFT data, then let you choose live.");
        intro.setWrapText(true);
        VBox box = new VBox(14, intro);
        for (int i = 0; i < steps.size(); i++) box.getChildren().add(step(i + 1, steps.get(i)));
        box.setPadding(new Insets(4, 16, 16, 16));
        box.setId("getting-started");
        return box;
    }

    private static VBox step(int n, Step s) {
        Label title = new Label(n + ". " + s.title());
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        title.setWrapText(true);   // the docked pane is narrow: the whole title, on two lines if need be
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(s.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button go = new Button(s.action());
        go.setId("guide-step-" + n);
        go.setOnAction(e -> s.run().run());
        HBox row = new HBox(go);
        HBox.setHgrow(row, Priority.ALWAYS);
        return new VBox(6, title, text, row);
    }
}
