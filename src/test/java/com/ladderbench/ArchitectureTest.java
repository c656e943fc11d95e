package com.ladderbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rings: model at the centre, core around it, cli, ui and the Spark job outside; JavaFX only in
 * ui, Spark only in the Spark job.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ladderbench");
    }

    @Test
    void nothingOutsideUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("com.ladderbench.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine is a plain library; JavaFX belongs to the workbench only")
                .check(classes);
    }

    @Test
    void dependenciesPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("com.ladderbench")
                .layer("Ui").definedBy("com.ladderbench.ui..")
                .layer("Cli").definedBy("com.ladderbench.cli..")
                .layer("Spark").definedBy("com.ladderbench.spark..")
                .layer("Core").definedBy("com.ladderbench.core..")
                .layer("Model").definedBy("com.ladderbench.model..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Spark").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher", "Spark")
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher", "Spark")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Core", "Cli", "Ui", "Launcher", "Spark")
                .check(classes);
    }

    @Test
    void nothingOutsideTheSparkJobImportsSpark() {
        noClasses().that().resideOutsideOfPackage("com.ladderbench.spark..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.spark..")
                .because("Spark is provided by a cluster; the desktop jar and the local sweep run without it")
                .check(classes);
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("com.ladderbench.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.ladderbench.model..", "java..")
                .check(classes);
    }
}
