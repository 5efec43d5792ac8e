package org.activemat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine runs headless (CLI, tests, CI): it must never reach JavaFX, the UI or the CLI. */
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

    @Test void cliDoesNotUseUi() {
        noClasses().that().resideInAPackage("org.activemat.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activemat.ui..", "javafx..")
                .check(CLASSES);
    }
}
