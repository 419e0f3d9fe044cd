package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.testkit.Scenarios;
import java.io.IOException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For every scenario document, the fast way and the reference way give the same outcome: generated
 * scenarios, valid or failing step 2, written as FORMAT.md's document (indented, and on one line);
 * and those documents damaged byte by byte (a byte replaced, removed or inserted, the document
 * cut), which makes every kind of unusable document.
 */
class ScenarioTokensPropertiesTest {
  @Property(tries = 200)
  void aGeneratedScenarioIsReadTheFastWayAsTheReferenceReadsIt(
      @ForAll("scenarios") Scenario scenario) throws IOException {
    byte[] document = ChildcareJson.writeScenario(scenario).getBytes(UTF_8);

    assertThat(ScenarioTokensTest.takesTheFastWay(document)).isTrue();
    assertThat(ScenarioTokensTest.outcome(document, true)).isEqualTo(scenario);
    ScenarioTokensTest.assertSameOutcome(document);
  }

  @Property(tries = 1_000)
  void aDamagedScenarioReadsTheSameBothWays(
      @ForAll("scenarios") Scenario scenario,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll("damages") int damage,
      @ForAll("bytes") byte value) {
    byte[] document = ChildcareJson.writeScenario(scenario).getBytes(UTF_8);
    int at = where % (document.length + 1);
    byte[] damaged =
        switch (damage) {
          case 0 -> replaced(document, at, value);
          case 1 -> removed(document, at);
          case 2 -> inserted(document, at, value);
          default -> Arrays.copyOf(document, at);
        };
    ScenarioTokensTest.assertSameOutcome(damaged);
  }

  private static byte[] replaced(byte[] document, int at, byte value) {
    byte[] copy = document.clone();
    if (at < copy.length) {
      copy[at] = value;
    }
    return copy;
  }

  private static byte[] removed(byte[] document, int at) {
    if (at == document.length) {
      return document;
    }
    byte[] copy = new byte[document.length - 1];
    System.arraycopy(document, 0, copy, 0, at);
    System.arraycopy(document, at + 1, copy, at, document.length - at - 1);
    return copy;
  }

  private static byte[] inserted(byte[] document, int at, byte value) {
    byte[] copy = new byte[document.length + 1];
    System.arraycopy(document, 0, copy, 0, at);
    copy[at] = value;
    System.arraycopy(document, at, copy, at + 1, document.length - at);
    return copy;
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.oneOf(Scenarios.valid(), Scenarios.failing(), Scenarios.answered());
  }

  @Provide
  Arbitrary<Integer> damages() {
    return Arbitraries.integers().between(0, 3);
  }

  /** JSON's structural bytes, quotes, digits, NUL, and bytes that start or end UTF-8 sequences. */
  @Provide
  Arbitrary<Byte> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            (byte) '{',
            (byte) '}',
            (byte) '[',
            (byte) ']',
            (byte) ':',
            (byte) ',',
            (byte) '"',
            (byte) '\\',
            (byte) '1',
            (byte) 'e',
            (byte) 'n',
            (byte) 't',
            (byte) ' ',
            (byte) 0,
            (byte) 0x7F,
            (byte) 0x80,
            (byte) 0xBF,
            (byte) 0xC0,
            (byte) 0xC3,
            (byte) 0xED,
            (byte) 0xEF,
            (byte) 0xF4,
            (byte) 0xFF),
        Arbitraries.bytes());
  }
}
