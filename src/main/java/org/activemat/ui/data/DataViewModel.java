package org.activemat.ui.data;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.ui.WorkbenchModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Data panel's state: the loaded dataset, the target among its numeric properties, the filters
 * (site range, finite target, duplicate ids) with what each removed, the table rows and the target histogram.
 * Reading a file is a static method so the view can run it on a worker; accept() then shows it (FX thread).
 */
public final class DataViewModel {
    /**
     * Targets offered first when present, in this order; otherwise the first property. formation_energy_per_atom
     * leads: it is the bundled samples' intended target (comparable across systems, unlike total energies).
     */
    static final List<String> PREFERRED_TARGETS = List.of("formation_energy_per_atom", "energy_per_atom",
            "data.formation_energy_per_atom", "outputs.energy_per_atom", "energy", "band_gap");

    private final WorkbenchModel session;
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EntryRow> visibleRows = new FilteredList<>(rows, r -> true);
    /** Held: the read-only view forwards changes only while it is referenced. */
    private final ObservableList<EntryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty query = new SimpleStringProperty("");
    private final IntegerProperty minSites = new SimpleIntegerProperty(2);
    private final IntegerProperty maxSites = new SimpleIntegerProperty(50);
    private final BooleanProperty finiteTargetOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty dropDuplicates = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper filterReport = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No dataset loaded.");
    private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>();
    private final ObservableList<EntryDetails.Row> details = FXCollections.observableArrayList();
    private boolean applying;
    /** The target this model last chose by default; a different current target is the user's choice and is kept. */
    private String defaultChosen;

    public DataViewModel(WorkbenchModel session) {
        this.session = session;
        query.addListener((o, a, q) -> visibleRows.setPredicate(r -> r.matches(q)));
        session.targetProperty().addListener((o, a, b) -> refilter());
        minSites.addListener((o, a, b) -> refilter());
        maxSites.addListener((o, a, b) -> refilter());
        finiteTargetOnly.addListener((o, a, b) -> refilter());
        dropDuplicates.addListener((o, a, b) -> refilter());
        session.selectedEntryProperty().addListener((o, a, e) -> details.setAll(e == null ? List.of() : EntryDetails.of(e)));
    }

    /** Reads any file the engine knows (worker thread). */
    public static Dataset read(Path file) throws IOException, DataFormatException {
        return DatasetFormats.read(file);
    }

    /** Shows a freshly read dataset: picks a target and applies the filters. */
    public void accept(Dataset data, Path file) {
        applying = true;
        try {
            session.datasetFileProperty().set(file);
            session.datasetProperty().set(data);
            List<String> names = data.propertyNames();
            targets.setAll(names);
            String keep = session.target();
            boolean userChose = keep != null && !keep.equals(defaultChosen) && names.contains(keep);
            String t = userChose ? keep : defaultTarget(names);
            defaultChosen = userChose ? defaultChosen : t;
            session.targetProperty().set(t);
        } finally {
            applying = false;
        }
        refilter();
    }

    static String defaultTarget(List<String> names) {
        for (String p : PREFERRED_TARGETS) if (names.contains(p)) return p;
        return names.isEmpty() ? null : names.get(0);
    }

    private void refilter() {
        if (applying) return;
        Dataset data = session.dataset();
        if (data == null) return;
        String target = session.target();
        int lo = Math.max(1, minSites.get()), hi = Math.max(lo, maxSites.get());
        DatasetFilters.Result f = DatasetFilters.apply(data,
                new DatasetFilters.Settings(lo, hi, finiteTargetOnly.get() ? target : null, dropDuplicates.get()));
        Dataset kept = f.dataset();
        List<EntryRow> list = new ArrayList<>(kept.size());
        double[] ys = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            Entry e = kept.get(i);
            double y = target == null ? Double.NaN : e.property(target).orElse(Double.NaN);
            ys[i] = y;
            list.add(new EntryRow(i, e.id(), e.formula(), e.sites(), y, e.source()));
        }
        rows.setAll(list);
        histogram.set(Histogram.of(ys));
        filterReport.set(String.join("   ·   ", f.report().lines()));
        summary.set(data.name() + " — " + data.size() + " entries, " + kept.size() + " after filters"
                + (target == null ? "; no numeric property to use as target" : "; target: " + target));
        session.filterReportProperty().set(f.report());
        session.filteredProperty().set(kept);
    }

    public ObservableList<String> targets() { return targets; }
    public ObservableList<EntryRow> rows() { return rows; }
    public FilteredList<EntryRow> visibleRows() { return visibleRows; }

    /** Every row of the filtered dataset, whatever the quick filter hides (what the columns are sized to). */
    public ObservableList<EntryRow> allRows() { return readOnlyRows; }
    public StringProperty queryProperty() { return query; }
    public StringProperty targetProperty() { return session.targetProperty(); }
    public IntegerProperty minSitesProperty() { return minSites; }
    public IntegerProperty maxSitesProperty() { return maxSites; }
    public BooleanProperty finiteTargetOnlyProperty() { return finiteTargetOnly; }
    public BooleanProperty dropDuplicatesProperty() { return dropDuplicates; }
    public ReadOnlyStringProperty filterReportProperty() { return filterReport.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Histogram> histogramProperty() { return histogram.getReadOnlyProperty(); }
    /** Why the table is empty: no data yet, the filters removed everything, or the quick filter matches nothing. */
    public javafx.beans.binding.StringBinding emptyTableMessage() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (session.dataset() == null) return "No entries. Open a file (Ctrl+O), drop one here, or choose a sample dataset.";
            if (rows.isEmpty()) return "The filters above removed all " + session.dataset().size() + " entries of " + session.dataset().name() + ".";
            return "No entry's id, formula or source contains \u201c" + query.get().strip() + "\u201d.";
        }, session.datasetProperty(), rows, query);
    }

    /** Rows describing the entry selected in the table or on a map. */
    public ObservableList<EntryDetails.Row> details() { return details; }
    /** The entry selected in the table or on a map, or null. */
    public ReadOnlyObjectProperty<Entry> selectedProperty() { return session.selectedEntryProperty(); }
    public WorkbenchModel session() { return session; }
}
