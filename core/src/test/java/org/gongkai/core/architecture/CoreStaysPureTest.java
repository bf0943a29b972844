package org.gongkai.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain core depends on the JDK and itself only: no framework, persistence, servlet or JSON library.
 * Rules are checked from plain JUnit tests so they run under any test engine setup.
 */
class CoreStaysPureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongkai.core");
    }

    @Test
    void coreDependsOnNoFrameworkOrLibrary() {
        noClasses().that().resideInAPackage("org.gongkai.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "javax.persistence..", "javax.servlet..", "com.fasterxml..", "org.apache..", "org.hibernate..",
                        "picocli..")
                .check(core);
    }

    @Test
    void coreUsesOnlyTheJdkAndItself() {
        noClasses().that().resideInAPackage("org.gongkai.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.gongkai.core..", "java..")
                .check(core);
    }

    @Test
    void classificationKnowsNothingOfBudgetsOrTables() {
        noClasses().that().resideInAPackage("org.gongkai.core.classification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.core.budget..", "org.gongkai.core.tables..")
                .check(core);
    }

    @Test
    void theModelKnowsNothingOfTables() {
        noClasses().that().resideInAPackage("org.gongkai.core.budget..")
                .should().dependOnClassesThat().resideInAPackage("org.gongkai.core.tables..")
                .check(core);
    }
}
