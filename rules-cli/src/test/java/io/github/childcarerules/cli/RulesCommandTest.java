package io.github.childcarerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.childcarerules.core.rule.Rule;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code rules}: the catalogue, every rule with its severity, source and description. */
class RulesCommandTest {
  @Test
  void theJsonCatalogueListsEveryRuleInCatalogueOrder() {
    Run run = Run.of("rules", "--json", "--lang", "en");

    assertThat(run.exit()).isZero();
    JsonNode catalogue = run.json();
    List<Rule> rules = Rule.catalogue().toJavaList();
    assertThat(catalogue).hasSize(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      JsonNode entry = catalogue.get(i);
      assertThat(entry.fieldNames())
          .toIterable()
          .containsExactly("id", "severity", "source", "description");
      assertThat(entry.get("id").textValue()).isEqualTo(rule.name());
      assertThat(entry.get("severity").textValue()).isEqualTo(rule.severity().name());
      assertThat(entry.get("source").textValue()).isEqualTo(rule.source());
      assertThat(entry.get("description").textValue())
          .isNotBlank()
          .isEqualTo(rule.description(Locale.ENGLISH));
    }
  }

  @Test
  void descriptionsAreFrenchByDefault() {
    JsonNode catalogue = Run.of("rules", "--json").json();

    assertThat(catalogue.get(0).get("description").textValue())
        .isEqualTo(Rule.catalogue().head().description(Locale.CANADA_FRENCH))
        .isNotEqualTo(Rule.catalogue().head().description(Locale.ENGLISH));
  }

  @Test
  void theTextCatalogueIsATableWithOneRowPerRule() {
    Run run = Run.of("rules");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).hasSize(Rule.catalogue().size() + 1);
    assertThat(run.outLines().get(0)).startsWith("Règle").contains("Gravité", "Source");
    for (Rule rule : Rule.catalogue()) {
      assertThat(run.out()).contains(rule.name() + " ");
    }
    assertThat(run.out()).contains("AVERTISSEMENT");
  }
}
