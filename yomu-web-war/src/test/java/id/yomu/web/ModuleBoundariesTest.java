package id.yomu.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The module borders of the EAR, as a failing test: web -> engine -> core, and only through published APIs. */
class ModuleBoundariesTest {

    private static final JavaClasses YOMU = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.yomu");

    @Test
    void coreDependsOnNeitherEngineNorWeb() {
        check(noClasses().that().resideInAPackage("id.yomu.core..")
                .should().dependOnClassesThat().resideInAnyPackage("id.yomu.engine..", "id.yomu.web.."));
    }

    @Test
    void engineDoesNotDependOnWeb() {
        check(noClasses().that().resideInAPackage("id.yomu.engine..")
                .should().dependOnClassesThat().resideInAPackage("id.yomu.web.."));
    }

    @Test
    void engineUsesNoCoreInternalsEntitiesOrRepositories() {
        check(noClasses().that().resideInAPackage("id.yomu.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "id.yomu.core..internal..", "id.yomu.core..domain..", "id.yomu.core..infrastructure.."));
    }

    @Test
    void webUsesNoInternalsEntitiesOrRepositoriesOfOtherModules() {
        check(noClasses().that().resideInAPackage("id.yomu.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "id.yomu.core..internal..", "id.yomu.core..domain..", "id.yomu.core..infrastructure..",
                        "id.yomu.engine..internal..", "id.yomu.engine..domain..", "id.yomu.engine..infrastructure.."));
    }

    @Test
    void modulesHaveNoCycles() {
        check(slices().matching("id.yomu.(*)..").should().beFreeOfCycles());
    }

    @Test
    void contextsInsideAModuleHaveNoCycles() {
        check(slices().matching("id.yomu.*.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(false).check(YOMU);
    }
}
