package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.RecordValidator;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** RULES.md conventions: any input is reported, never thrown at; reports are sorted, once each. */
class JunkInputTest {
  private static final Comparator<Violation> PATH_THEN_RULE =
      Comparator.comparing(Violation::path).thenComparing(v -> v.rule().name());

  @Property
  void validationNeverThrowsOnJunkInAnyStringField(
      @ForAll("validAndJunk") List<ParentChildRecord> validAndJunk) {
    ParentChildRecord valid = validAndJunk.get(0);
    ParentChildRecord junk = validAndJunk.get(1);

    assertThatCode(
            () -> {
              RecordValidator.validate(junk);
              RecordValidator.validateChange(junk, junk);
              RecordValidator.validateChange(valid, junk);
              RecordValidator.validateChange(junk, valid);
            })
        .doesNotThrowAnyException();
  }

  @Property
  void theReportIsSortedByPathThenRuleIdWithNoDuplicate(@ForAll("junk") ParentChildRecord record) {
    List<Violation> violations = RecordValidator.validate(record).violations().toJavaList();

    assertThat(violations).isSortedAccordingTo(PATH_THEN_RULE);
    assertThat(violations).extracting(v -> v.path() + " " + v.rule()).doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<List<ParentChildRecord>> validAndJunk() {
    return Junk.validAndJunk();
  }

  @Provide
  Arbitrary<ParentChildRecord> junk() {
    return Junk.records();
  }
}
