package org.activemat.ui.results;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activemat.engine.data.Units;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.StoppingSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Results panel's stopping-rules table: one row per strategy, for each rule the labels at which it would have
 * stopped, the test MAE then against the final one, and how many runs it stopped early; a note says what each rule is.
 */
public final class StoppingRows {
    /** One strategy; outcomes in the order of rules(). */
    public record Row(String strategy, double finalMae, List<StoppingSummary.Outcome> outcomes) {
        /** "99": the mean labels at the rule's stop, "—" when not recorded. */
        public String labels(int rule) {
            StoppingSummary.Outcome o = outcomes.get(rule);
            return o.runs() == 0 ? "—" : String.format(Locale.ROOT, "%.0f", o.labelsAtStop());
        }

        /** "0.0707 (+2.2 %)": the test MAE at the stop and how much worse than the final it is. */
        public String mae(int rule) {
            StoppingSummary.Outcome o = outcomes.get(rule);
            return o.runs() == 0 ? "not recorded" : String.format(Locale.ROOT, "%.4g (%+.1f %%)", o.maeAtStop(), o.maeChangePercent());
        }

        /** "2/5": runs the rule stopped before the end of the schedule. */
        public String early(int rule) {
            StoppingSummary.Outcome o = outcomes.get(rule);
            return o.runs() == 0 ? "—" : o.stoppedEarly() + "/" + o.runs();
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private List<String> rules = List.of();
    private List<String> descriptions = List.of();

    void show(ExperimentResult result, String target) {
        Map<String, List<StoppingSummary.Outcome>> all = StoppingSummary.of(result);
        List<Row> out = new ArrayList<>();
        for (var e : all.entrySet()) {
            double fin = e.getValue().isEmpty() ? Double.NaN : e.getValue().get(0).finalMae();
            out.add(new Row(e.getKey(), fin, e.getValue()));
        }
        String unit = Units.of(target);
        List<String> names = new ArrayList<>(), words = new ArrayList<>();
        if (!all.isEmpty())
            for (StoppingSummary.Outcome o : all.values().iterator().next()) {
                names.add(o.rule().name());
                words.add(o.setting(unit));
            }
        rules = List.copyOf(names);
        descriptions = List.copyOf(words);
        StringBuilder b = new StringBuilder("Where each rule would have stopped asking for labels, judged on what each run knew "
                + "without the test set (mean over seeds; a rule that never fires runs to the end). ");
        for (int i = 0; i < names.size(); i++) b.append(i == 0 ? "" : " · ").append(names.get(i)).append(": ").append(words.get(i));
        b.append(". Held-out MAE: ").append(result.plan().recalibration().heldOutInWords()).append('.');
        note.set(all.isEmpty() ? "" : b.toString());
        rows.setAll(out);
    }

    void clear() {
        rows.clear();
        note.set("");
    }

    public ObservableList<Row> rows() { return rows; }

    /** The rule names, in the order of each row's outcomes. */
    public List<String> rules() { return rules; }

    /** Each rule's setting in words, aligned with rules(). */
    public List<String> descriptions() { return descriptions; }

    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
}
