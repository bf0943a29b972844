package org.gongkai.io.importing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The importer's stages depend one way: readers and recognition both on the neutral source only, the model on
 * recognition and source, and the facade ({@code importing} itself) on all of them.
 */
class ImportingStagesTest {

    private static final String FACADE = "org.gongkai.io.importing";
    private static final String SOURCE = "org.gongkai.io.importing.source..";
    private static final String READ = "org.gongkai.io.importing.read..";
    private static final String RECOGNISE = "org.gongkai.io.importing.recognise..";
    private static final String MODEL = "org.gongkai.io.importing.model..";

    private static JavaClasses importing;

    @BeforeAll
    static void importTheImporter() {
        importing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(FACADE);
    }

    @Test
    void theSourceStructureDependsOnNoStage() {
        noClasses().that().resideInAPackage(SOURCE)
                .should().dependOnClassesThat().resideInAnyPackage(FACADE, READ, RECOGNISE, MODEL)
                .check(importing);
    }

    @Test
    void readersKnowNothingOfRecognition() {
        noClasses().that().resideInAPackage(READ)
                .should().dependOnClassesThat().resideInAnyPackage(FACADE, RECOGNISE, MODEL)
                .check(importing);
    }

    @Test
    void recognitionKnowsNothingOfReadersOrTheModel() {
        noClasses().that().resideInAPackage(RECOGNISE)
                .should().dependOnClassesThat().resideInAnyPackage(FACADE, READ, MODEL)
                .check(importing);
    }

    @Test
    void theModelIsBuiltFromRecognisedTablesNotFromReaders() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage(FACADE, READ)
                .check(importing);
    }

    @Test
    void theStagesFormNoCycle() {
        slices().matching("org.gongkai.io.importing.(*)..").should().beFreeOfCycles().check(importing);
    }
}
