package app.prism;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capability boundaries of docs/architecture.md, enforced. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PrismApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.prism");

    @Test
    void capabilitiesOnlyUseEachOthersPublicServicesAndDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void webSharesOnlyWhatEveryCapabilityNeedsAndDependsOnNoCapability() {
        noClasses().that().resideInAPackage("app.prism.web..")
                .should().dependOnClassesThat().resideInAnyPackage("app.prism.identity..", "app.prism.account..",
                        "app.prism.catalog..", "app.prism.contact..", "app.prism.sales..", "app.prism.tasks..", "app.prism.home..")
                .check(CLASSES);
    }

    @Test
    void controllersHoldNoSqlAndCallServicesOnly() {
        noClasses().that().haveSimpleNameEndingWith("Api").or().haveSimpleNameEndingWith("Pages")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
