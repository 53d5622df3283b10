package dev.bulwark.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the core and the engine do no I/O and know no adapter. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.bulwark");

    /**
     * {@code java.io.IOException} alone is allowed: Jackson's serialiser methods declare it (the core's JSON writers,
     * {@code MapWriter} and {@code IsoInstant}, override them), which is a signature, not I/O.
     */
    @Test
    void coreAndEngineDoNoIo() {
        noClasses().that().resideInAnyPackage("dev.bulwark.core..", "dev.bulwark.engine..")
                .should().dependOnClassesThat(resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..",
                        "javax.sql..", "java.nio.channels..").and(not(equivalentTo(IOException.class))))
                .because("the decision path must run unchanged in the server, offline replay and a Flink operator")
                .check(CLASSES);
    }

    @Test
    void coreAndEngineKnowNoAdapter() {
        noClasses().that().resideInAnyPackage("dev.bulwark.core..", "dev.bulwark.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bulwark.store..", "dev.bulwark.server..",
                        "dev.bulwark.app..", "io.javalin..", "org.postgresql..", "org.sqlite..", "org.flywaydb..", "org.slf4j..")
                .check(CLASSES);
    }

    @Test
    void theCoreKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("dev.bulwark.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bulwark.engine..", "dev.cel..")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.bulwark.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bulwark.server..", "dev.bulwark.engine..", "dev.bulwark.app..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.bulwark.server..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bulwark.store..", "dev.bulwark.engine..", "dev.bulwark.app..")
                .check(CLASSES);
    }

    @Test
    void engineCapabilitiesHaveNoCycles() {
        slices().matching("dev.bulwark.engine.(*)..").should().beFreeOfCycles().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.bulwark.engine"));
    }
}
