package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.RecordValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * README.md's tour, "Test with the testkit", as written there (ReadmeSnippetsTest compares the
 * text), with a stand-in for the application's import and form: the import copies the record
 * through its builder, the form highlights the path of the first error.
 */
class ReadmePropertiesExampleTest {
  // README snippet: testkit-properties — spotless:off
  @Property
  void myImportKeepsEveryValidRecordValid(@ForAll("valid") ParentChildRecord record) {
    assertThat(RecordValidator.validate(myImport(record)).violations()).isEmpty();
  }

  @Property
  void myFormShowsTheBrokenField(@ForAll("mutated") Mutated mutated) {
    assertThat(myForm(mutated.record()).highlightedPath()).isEqualTo(mutated.path());
  }

  @Provide Arbitrary<ParentChildRecord> valid() { return Records.valid(); }
  @Provide Arbitrary<Mutated> mutated() { return Mutations.breaking(Rule.AGE_BRACKET_ORDER); }
  // README snippet end — spotless:on

  private static ParentChildRecord myImport(ParentChildRecord record) {
    return ParentChildRecord.builder().from(record).build();
  }

  private static Form myForm(ParentChildRecord record) {
    return new Form(RecordValidator.validate(record).errors().head().path());
  }

  private record Form(String highlightedPath) {}
}
