package org.chancery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The habits of DESIGN.md §3 that a machine can check. */
@AnalyzeClasses(packages = "org.chancery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule packagedByCapability = noClasses().should()
		.resideInAnyPackage("org.chancery.controller..", "org.chancery.service..", "org.chancery.repository..", "org.chancery.model..")
		.because("code is packaged by capability (DESIGN.md §3.1)");

	@ArchTest
	static final ArchRule domainNames = noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
		.orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Impl")
		.because("names come from the domain (DESIGN.md §3.7)");

	@ArchTest
	static final ArchRule restControllersAtTheWebEdge = classes().that()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class).should().resideInAPackage("..web..")
		.andShould().notBePublic().because("REST controllers are the module's package-private web edge");

	@ArchTest
	static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
		.because("dependencies come through constructors");

	@ArchTest
	static final ArchRule modulesDoNotReachIntoWebPackages = noClasses().that().resideOutsideOfPackages("..web..")
		.should().dependOnClassesThat().resideInAPackage("org.chancery.*.web..")
		.because("the web edge depends on the domain, never the other way");

	@ArchTest
	static final ArchRule timeIsInjected = noClasses().that().resideOutsideOfPackages("org.chancery.kernel..")
		.should().callMethod(java.time.Instant.class, "now").orShould().callMethod(java.time.LocalDate.class, "now")
		.orShould().callMethod(java.time.LocalDateTime.class, "now")
		.because("time is injected as a Clock, so tests can move it (DESIGN.md §3.8)");
}
