package org.activemat.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.Entry;
import org.activemat.engine.io.ResultsDocument;

import java.nio.file.Path;

/**
 * The state the panels share: the loaded dataset and its file, the chosen target, the dataset after filters
 * (what descriptors and runs use), and the entry selected anywhere (table row, scatter point).
 */
public final class WorkbenchModel {
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> datasetFile = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty();
    private final ObjectProperty<Dataset> filtered = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetFilters.Report> filterReport = new SimpleObjectProperty<>();
    private final StringProperty selectedId = new SimpleStringProperty();
    private final ObjectProperty<ResultsDocument> experiment = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Entry> selectedEntry = new ReadOnlyObjectWrapper<>();
    private final StringProperty experimentData = new SimpleStringProperty();
    private final StringProperty experimentDataName = new SimpleStringProperty();
    private final ObjectProperty<Path> experimentFile = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty unsaved = new javafx.beans.property.SimpleBooleanProperty(false);

    public WorkbenchModel() {
        selectedId.addListener((o, a, id) -> findSelected());
        dataset.addListener((o, a, d) -> findSelected());
    }

    /** The selected id's entry in the loaded data, or null when it is not there. */
    private void findSelected() {
        String id = selectedId.get();
        Dataset d = dataset.get();
        selectedEntry.set(id == null || d == null ? null : d.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null));
    }

    public ObjectProperty<Dataset> datasetProperty() { return dataset; }
    public ObjectProperty<Path> datasetFileProperty() { return datasetFile; }
    public StringProperty targetProperty() { return target; }
    public ObjectProperty<Dataset> filteredProperty() { return filtered; }
    /** What the filters removed from the dataset to give filtered, and with which settings (set before filtered). */
    public ObjectProperty<DatasetFilters.Report> filterReportProperty() { return filterReport; }
    public StringProperty selectedIdProperty() { return selectedId; }
    public ReadOnlyObjectProperty<Entry> selectedEntryProperty() { return selectedEntry.getReadOnlyProperty(); }
    /** The last finished (or opened) experiment, in its saveable form. */
    public ObjectProperty<ResultsDocument> experimentProperty() { return experiment; }
    /** sha256 of the dataset the Run panel's experiment was made on (null: none, or unknown for an opened file). */
    public StringProperty experimentDataProperty() { return experimentData; }
    /** The name and size of the data the Run panel's experiment was made on, as the panels show it (null: none). */
    public StringProperty experimentDataNameProperty() { return experimentDataName; }

    /** The loaded data is not the experiment's (an opened file of unknown data counts as other). */
    public boolean experimentOnOtherData() {
        Dataset d = dataset.get();
        return experimentDataName.get() != null && (d == null || !d.fingerprint().equals(experimentData.get()));
    }

    /** Where the experiment was opened from or last saved to (null: never saved). */
    public ObjectProperty<Path> experimentFileProperty() { return experimentFile; }
    /** The experiment has results that are in no file yet: quitting, opening or running again asks first. */
    public javafx.beans.property.BooleanProperty unsavedProperty() { return unsaved; }

    /** doc was written to file; it is the current one's file unless another experiment replaced it meanwhile. */
    public void saved(ResultsDocument doc, Path file) {
        if (experiment.get() != doc) return;
        unsaved.set(false);
        experimentFile.set(file);
    }

    public Dataset dataset() { return dataset.get(); }
    public Dataset filtered() { return filtered.get(); }
    public String target() { return target.get(); }
}
