package io.github.childcarerules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static final Path CONTRACT = Path.of("..", "docs", "contract", "RULES.md");

  @Test
  void everyRuleHasASourceAndBothLanguages() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.source()).as(rule.name()).isNotBlank();
      assertThat(rule.description(Locale.CANADA_FRENCH)).as(rule.name()).isNotBlank();
      assertThat(rule.description(Locale.ENGLISH))
          .as(rule.name())
          .isNotBlank()
          .isNotEqualTo(rule.description(Locale.FRENCH));
      assertThat(Violation.of(rule, "", "1", "2").message(Locale.ENGLISH)).isNotBlank();
    }
  }

  @Test
  void frenchIsTheDefaultLanguage() {
    Violation violation = Violation.of(Rule.CHILD_SEX_REQUIRED, "child.sex");
    assertThat(violation.message()).isEqualTo(violation.message(Locale.CANADA_FRENCH));
    assertThat(violation.message(Locale.GERMAN)).isEqualTo(violation.message(Locale.FRENCH));
    assertThat(violation.message(Locale.ENGLISH)).isNotEqualTo(violation.message());
  }

  @Test
  void messagesFillTheirArgumentsAndKeepTheirApostrophes() {
    Violation violation = Violation.of(Rule.CHILD_LAST_NAME_TOO_LONG, "child.lastName", "50", "51");
    assertThat(violation.message()).contains("51", "50", "l’enfant");
    assertThat(violation.message(Locale.ENGLISH)).contains("51", "50", "child’s");
  }

  @Test
  void exactlyTheWarningsOfTheContractAreWarnings() {
    assertThat(Rule.catalogue().filter(rule -> rule.severity() == Severity.WARNING))
        .containsExactly(
            Rule.CHILD_NECSG_NOT_APPLICABLE,
            Rule.SCHOOL_AGE_DATE_CHANGED,
            Rule.TRANSITIONAL_MEASURE_BEFORE_SCHOOL_AGE,
            Rule.TRANSITIONAL_MEASURE_OVER_ONE_YEAR,
            Rule.REDUCED_CONTRIBUTION_CHANGED,
            Rule.REPLACEMENT_WITH_SCHEDULE,
            Rule.TWENTY_DAYS_PER_FOUR_WEEKS,
            Rule.REFERENCE_YEAR_261_DAYS);
  }

  @Test
  void everyWarningOfTheContractIsAWarningHere() throws IOException {
    assumeTrue(Files.exists(CONTRACT), "RULES.md of the contract is beside the repository");
    String contract = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    String sectionsOneToSeven =
        contract.substring(contract.indexOf("## 1."), contract.indexOf("## 8."));
    Set<String> warnings = new LinkedHashSet<>();
    Matcher matcher =
        Pattern.compile("^\\| `([A-Z0-9_]+)` \\(WARNING\\)", Pattern.MULTILINE)
            .matcher(sectionsOneToSeven);
    while (matcher.find()) {
      warnings.add(matcher.group(1));
    }
    assertThat(warnings).hasSize(8);
    assertThat(Rule.catalogue().filter(rule -> rule.severity() == Severity.WARNING).map(Rule::name))
        .containsExactlyInAnyOrderElementsOf(warnings);
  }

  @Test
  void everyIdOfTheContractIsInTheCatalogue() throws IOException {
    assumeTrue(Files.exists(CONTRACT), "docs/contract/RULES.md is in the repository");
    String contract = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    String sectionsOneToSeven =
        contract.substring(contract.indexOf("## 1."), contract.indexOf("## 8."));
    Set<String> ids = new LinkedHashSet<>();
    Matcher matcher =
        Pattern.compile("^\\| `([A-Z0-9_]+)`(?: / `([A-Z0-9_]+)`)?", Pattern.MULTILINE)
            .matcher(sectionsOneToSeven);
    while (matcher.find()) {
      ids.add(matcher.group(1));
      if (matcher.group(2) != null) {
        ids.add(matcher.group(2));
      }
    }
    assertThat(ids).hasSizeGreaterThan(60);
    assertThat(Rule.catalogue().map(Rule::name)).containsAll(ids);
  }

  @Test
  void everyIdOfTheAllocationSectionIsInTheCatalogue() throws IOException {
    assumeTrue(Files.exists(CONTRACT), "docs/contract/RULES.md is in the repository");
    String contract = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    String sectionNine =
        contract.substring(contract.indexOf("### Scenario checks"), contract.indexOf("## 10."));
    Set<String> ids = new LinkedHashSet<>();
    Matcher matcher =
        Pattern.compile("^\\| `([A-Z0-9_]+)`", Pattern.MULTILINE).matcher(sectionNine);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    assertThat(ids)
        .hasSize(26)
        .contains(
            "SCENARIO_FIELD_REQUIRED",
            "SCENARIO_UNKNOWN_REFERENCE",
            "SCENARIO_DATE_ORDER",
            "ALLOC_BOARD_DECISION",
            "ALLOC_STEP1_PROVIDER_EXCLUDED",
            "SUSPENSION_TOO_LONG");
    assertThat(Rule.catalogue().map(Rule::name)).containsAll(ids);
  }

  @Test
  void everyIdOfTheAuditSectionIsInTheCatalogueAsInformation() throws IOException {
    assumeTrue(Files.exists(CONTRACT), "docs/contract/RULES.md is in the repository");
    String contract = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    String sectionTen = contract.substring(contract.indexOf("## 10."));
    Set<String> ids = new LinkedHashSet<>();
    Matcher matcher = Pattern.compile("^\\| `([A-Z0-9_]+)`", Pattern.MULTILINE).matcher(sectionTen);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    assertThat(ids)
        .containsExactly(
            "AUDIT_GRANT_NOT_ELIGIBLE",
            "AUDIT_SKIPPED_EARLIER",
            "AUDIT_GRANT_EXCEEDS",
            "AUDIT_LETTER_MISSING",
            "AUDIT_LETTER_LATE",
            "AUDIT_ANSWER_LATE");
    assertThat(Rule.catalogue().filter(rule -> rule.section() == Section.AUDIT).map(Rule::name))
        .containsExactlyElementsOf(ids);
    assertThat(Rule.catalogue().filter(rule -> rule.section() == Section.AUDIT))
        .allMatch(rule -> rule.severity() == Severity.INFO);
  }

  @Test
  void scenarioChecksAreErrorsAndAllocationStepsAreInformation() {
    for (Rule rule : Rule.values()) {
      if (rule.name().startsWith("SCENARIO_")) {
        assertThat(rule.severity()).as(rule.name()).isEqualTo(Severity.ERROR);
      }
      if (rule.name().startsWith("ALLOC_")) {
        assertThat(rule.severity()).as(rule.name()).isEqualTo(Severity.INFO);
      }
    }
    assertThat(Rule.SUSPENSION_TOO_LONG.severity()).isEqualTo(Severity.INFO);
    assertThat(Rule.catalogue().filter(rule -> rule.severity() == Severity.INFO)).hasSize(21);
  }

  /**
   * Every step of the allocation (the {@code ALLOC_*} ids and {@code SUSPENSION_TOO_LONG}) and of
   * the audit ({@code AUDIT_*}) is named by the line of rules-allocation's engine that decides it
   * ({@code Rule.ID} in its internal package: the public trail types only label events with their
   * rule) and by at least one test.
   */
  @Test
  void everyAllocationStepHasADecidingSiteAndATest() throws IOException {
    Path engine =
        Path.of(
            "..",
            "rules-allocation",
            "src",
            "main",
            "java",
            "io",
            "github",
            "childcarerules",
            "allocation",
            "internal");
    assumeTrue(Files.isDirectory(engine), "rules-allocation is beside rules-core");
    String deciding = javaSources(engine);
    StringBuilder tests = new StringBuilder();
    try (var modules = Files.list(Path.of(".."))) {
      for (Path module : modules.toList()) {
        Path test = module.resolve(Path.of("src", "test", "java"));
        if (Files.isDirectory(test)) {
          tests.append(javaSources(test));
        }
      }
    }
    java.util.List<Rule> steps =
        Rule.catalogue()
            .filter(
                rule ->
                    rule.name().startsWith("ALLOC_")
                        || rule.name().startsWith("AUDIT_")
                        || rule == Rule.SUSPENSION_TOO_LONG)
            .toJavaList();
    assertThat(steps).hasSize(21);
    for (Rule rule : steps) {
      assertThat(deciding).as(rule + " decided in the engine").contains("Rule." + rule.name());
      assertThat(tests.toString()).as(rule + " named by a test").contains(rule.name());
    }
  }

  private static String javaSources(Path folder) throws IOException {
    StringBuilder text = new StringBuilder();
    try (var files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * docs/rules.md is generated from the catalogue; run with {@code -Ddocs.update=true} to rewrite
   * it after changing a rule.
   */
  @Test
  void theCatalogueDocumentIsUpToDate() throws IOException {
    String expected = RuleCatalogueDocument.render();
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: run ./mvnw -pl rules-core test -Ddocs.update=true")
        .isEqualTo(expected);
  }
}
