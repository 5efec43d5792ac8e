package org.activemat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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
     * model, and the use cases (study, oracle's labelling runs) sit on top of the loop and the results files.
     */
    @Test void engineLayersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Foundation").definedBy("org.activemat.engine.registry..", "org.activemat.engine.math..",
                        "org.activemat.engine.task..", "org.activemat.engine.chem..")
                .layer("Data").definedBy("org.activemat.engine.data..")
                .layer("Descriptors").definedBy("org.activemat.engine.descriptor..")
                .layer("Model").definedBy("org.activemat.engine.model..")
                .layer("Strategies").definedBy("org.activemat.engine.strategy..")
                .layer("Statistics").definedBy("org.activemat.engine.stats..")
                .layer("Loop").definedBy("org.activemat.engine.loop..")
                .layer("Results").definedBy("org.activemat.engine.io..")
                .layer("Oracle").definedBy("org.activemat.engine.oracle..")
                .layer("UseCases").definedBy("org.activemat.engine.study..", "org.activemat.engine.experiment..")
                .whereLayer("UseCases").mayNotBeAccessedByAnyLayer()
                .whereLayer("Oracle").mayOnlyBeAccessedByLayers("UseCases")
                .whereLayer("Results").mayOnlyBeAccessedByLayers("Oracle", "UseCases")
                .whereLayer("Loop").mayOnlyBeAccessedByLayers("Results", "Oracle", "UseCases")
                .whereLayer("Statistics").mayOnlyBeAccessedByLayers("Loop", "Results", "Oracle", "UseCases")
                .whereLayer("Strategies").mayOnlyBeAccessedByLayers("Statistics", "Loop", "Results", "Oracle", "UseCases")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Strategies", "Statistics", "Loop", "Results", "Oracle", "UseCases")
                .whereLayer("Descriptors").mayOnlyBeAccessedByLayers("Model", "Strategies", "Statistics", "Loop", "Results", "Oracle", "UseCases")
                .whereLayer("Data").mayOnlyBeAccessedByLayers("Descriptors", "Model", "Strategies", "Statistics", "Loop", "Results", "Oracle", "UseCases")
                .check(CLASSES);
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
