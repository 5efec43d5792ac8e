package org.activemat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The engine and the report package run headless (CLI, tests, CI): they must never reach JavaFX, the UI or the CLI. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.activemat");

    @Test void engineDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("org.activemat.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test void engineDoesNotUseUiOrCli() {
        noClasses().that().resideInAPackage("org.activemat.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activemat.ui..", "org.activemat.cli..", "picocli..")
                .check(CLASSES);
    }

    /**
     * The engine's layers, lowest first: each may use only those below it, so a reader (data) never reaches the
     * model, and the use cases (study, oracle's labelling runs) sit on top of the loop and the results files. The
     * oracle itself is layered: the interface and replay, then Quantum ESPRESSO, then structure generation (which
     * knows each system's settings), then the labelling runs that use all three.
     */
    @Test void engineLayersOnlyLookDown() {
        String e = "org.activemat.engine.";
        List<String[]> layers = List.of(   // name, then its packages; lowest first
                new String[]{"Foundation", e + "registry..", e + "math..", e + "task..", e + "chem.."},
                new String[]{"Data", e + "data.."},
                new String[]{"Descriptors", e + "descriptor.."},
                new String[]{"Model", e + "model.."},
                new String[]{"Strategies", e + "strategy.."},
                new String[]{"Statistics", e + "stats.."},
                new String[]{"Loop", e + "loop.."},
                new String[]{"Results", e + "io.."},
                new String[]{"Oracle", e + "oracle"},
                new String[]{"QuantumEspresso", e + "oracle.qe.."},
                new String[]{"Generator", e + "oracle.generator.."},
                new String[]{"Labelling", e + "oracle.labelling.."},
                new String[]{"UseCases", e + "study..", e + "experiment.."});
        Architectures.LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String[] l : layers) rule = rule.layer(l[0]).definedBy(Arrays.copyOfRange(l, 1, l.length));
        for (int i = 0; i < layers.size(); i++) {
            String[] above = layers.subList(i + 1, layers.size()).stream().map(l -> l[0]).toArray(String[]::new);
            rule = above.length == 0 ? rule.whereLayer(layers.get(i)[0]).mayNotBeAccessedByAnyLayer()
                    : rule.whereLayer(layers.get(i)[0]).mayOnlyBeAccessedByLayers(above);
        }
        rule.check(CLASSES);
    }

    /** Figures and reports run headless too (CLI, tests): no JavaFX, no UI, no CLI; the UI and CLI call them. */
    @Test void reportDoesNotUseJavaFxUiOrCli() {
        noClasses().that().resideInAPackage("org.activemat.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..",
                        "org.activemat.ui..", "org.activemat.cli..", "picocli..")
                .check(CLASSES);
    }

    /** The engine does not know how its results are drawn or reported. */
    @Test void engineDoesNotUseReport() {
        noClasses().that().resideInAPackage("org.activemat.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.activemat.report..")
                .check(CLASSES);
    }

    @Test void cliDoesNotUseUi() {
        noClasses().that().resideInAPackage("org.activemat.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activemat.ui..", "javafx..")
                .check(CLASSES);
    }
}
