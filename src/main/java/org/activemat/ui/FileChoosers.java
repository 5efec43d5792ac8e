package org.activemat.ui;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormat;
import org.activemat.engine.data.formats.DatasetFormats;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** The workbench's file choosers: each starts in the last folder used, with filters for what it opens or saves. */
final class FileChoosers {
    private final AppPreferences prefs;

    FileChoosers(AppPreferences prefs) { this.prefs = prefs; }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        prefs.lastFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        return fc;
    }

    /** Every dataset format's patterns in one filter, then one filter per format: all from the registry. */
    FileChooser dataset(String title) {
        FileChooser fc = chooser(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Datasets", DatasetFormats.patterns()));
        for (DatasetFormat f : DatasetFormats.REGISTRY.entries())
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    FileChooser experiment(String title) {
        FileChooser fc = chooser(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ActiveMat experiment", "*" + ExperimentSession.EXPERIMENT_EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    /** A folder to write into: the last one, unless it holds the bundled samples (not the student's, often read-only). */
    File folder(String title, Window owner) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        writeFolder().ifPresent(d -> dc.setInitialDirectory(d.toFile()));
        return dc.showDialog(owner);
    }

    /** The experiment chooser for saving: starts where writing should, as folder() does. */
    FileChooser experimentSave(String title) {
        FileChooser fc = experiment(title);
        writeFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        return fc;
    }

    /** A chooser to save an image (a chart's PNG or SVG) in, starting where writing should, as folder() does. */
    FileChooser imageSave(String title, String extension) {
        FileChooser fc = chooser(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT) + " image", "*." + extension));
        writeFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        return fc;
    }

    private java.util.Optional<Path> writeFolder() {
        java.util.Optional<Path> last = prefs.lastFolder();
        boolean samples = last.map(d -> d.getFileName() != null && d.getFileName().toString().equals("sample-data")).orElse(false);
        Path home = Path.of(System.getProperty("user.home"));
        return samples ? java.util.Optional.of(home).filter(java.nio.file.Files::isDirectory) : last;
    }

    /** Where to write an entry's structure, in the format of the chosen filter when the name has no extension; or null. */
    Path structureFile(Entry e, Window owner) {
        FileChooser fc = chooser("Save the structure of " + e.id());
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("POSCAR (VASP, VESTA)", "*.vasp"),
                new FileChooser.ExtensionFilter("CIF", "*.cif"), new FileChooser.ExtensionFilter("Extended XYZ", "*.extxyz"));
        fc.setInitialFileName(DataFiles.fileStem(e.id()) + ".vasp");
        File f = fc.showSaveDialog(owner);
        if (f == null) return null;
        Path p = f.toPath();
        String name = p.getFileName().toString();
        if (!name.contains(".") && !name.toLowerCase(Locale.ROOT).matches("(poscar|contcar).*"))   // typed without extension
            p = p.resolveSibling(name + fc.getSelectedExtensionFilter().getExtensions().get(0).substring(1));
        return p;
    }
}
