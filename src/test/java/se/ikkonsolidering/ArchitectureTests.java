package se.ikkonsolidering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The package graph: stages depend one way, {@code internal} packages are their parent's own, and a type is public
 * only when another package uses it.
 */
class ArchitectureTests {

	private static final String BASE = "se.ikkonsolidering";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	/**
	 * Top to bottom: a package may use those below it, never one above. correction sits between report and store: it
	 * reads the economy office's workbook (with ingest's reader) and keeps its corrections in the store, and the
	 * report shows what it applied. oversight sits there too: it judges the stored rows (plans against follow-ups,
	 * deadlines, the draft assessment) that the report renders and the job checks and logs, and needs nothing of the
	 * report or the corrections.
	 */
	private static final List<String> LAYERS = List.of("job", "report", "correction", "oversight", "store",
			"submission", "classify", "layout", "register", "ingest", "schedule");

	@Test
	void stagesDependOneWayFromTheJobDown() {
		var architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("application").definedBy(BASE);
		for (String layer : LAYERS) {
			architecture = architecture.layer(layer).definedBy(BASE + "." + layer + "..");
		}
		architecture = architecture.whereLayer("job").mayOnlyBeAccessedByLayers("application");
		for (int i = 1; i < LAYERS.size(); i++) {
			String[] above = new String[i + 1];
			above[0] = "application";
			for (int j = 0; j < i; j++) {
				above[j + 1] = LAYERS.get(j);
			}
			architecture = architecture.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above);
		}
		architecture.check(MAIN);
	}

	@Test
	void internalPackagesAreUsedOnlyByTheirParent() {
		classes().that().resideInAPackage("..internal..").should(beUsedOnlyUnderTheirParent()).check(MAIN);
	}

	@Test
	void aTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
		classes().that().arePublic().and().areTopLevelClasses()
			.and().doNotHaveFullyQualifiedName(BASE + ".IkKonsolideringApplication")
			.should(beUsedFromAnotherPackage())
			.check(MAIN);
	}

	private static ArchCondition<JavaClass> beUsedOnlyUnderTheirParent() {
		return new ArchCondition<>("be used only under their parent package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String parent = type.getPackageName().substring(0, type.getPackageName().indexOf(".internal"));
				for (Dependency use : type.getDirectDependenciesToSelf()) {
					String from = use.getOriginClass().getPackageName();
					if (!from.equals(parent) && !from.startsWith(parent + ".")) {
						events.add(SimpleConditionEvent.violated(use, use.getDescription()));
					}
				}
			}
		};
	}

	/** Logback instantiates the message converter by name from logback-spring.xml, so it must stay public. */
	private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
		return new ArchCondition<>("be used from another package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean usedOutside = type.getDirectDependenciesToSelf().stream()
					.anyMatch(use -> !use.getOriginClass().getPackageName().equals(type.getPackageName()));
				boolean namedInConfiguration = type.isAssignableTo("ch.qos.logback.core.pattern.Converter");
				if (!usedOutside && !namedInConfiguration && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
					events.add(SimpleConditionEvent.violated(type, type.getName() + " is public, but only "
							+ type.getPackageName() + " uses it"));
				}
			}
		};
	}
}
