package dev.bulwark.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the server reaches the engine only through its ports, and the pipeline knows no HTTP. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.bulwark.server");

    @Test
    void the_server_does_not_depend_on_the_engine() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.bulwark.engine..").check(CLASSES);
    }

    @Test
    void the_ingest_pipeline_knows_nothing_of_http() {
        noClasses().that().resideInAPackage("..server.ingest..").should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "..server.http..", "..server.api..", "..server.auth..", "..server.metrics..")
                .check(CLASSES);
    }

    @Test
    void the_ports_depend_only_on_the_core() {
        classes().that().resideInAPackage("..server.port..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.bulwark.core..", "dev.bulwark.server.port..", "org.jspecify..")
                .check(CLASSES);
    }

    @Test
    void the_server_packages_have_no_cycles() {
        slices().matching("dev.bulwark.server.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
