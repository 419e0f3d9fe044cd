package org.example.consumer;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.testkit.Mutated;
import io.github.childcarerules.testkit.Mutations;
import io.github.childcarerules.testkit.Records;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A user's properties, written with our generators and run by the jqwik the BOM pins. */
class ValidRecordsStayValidPropertiesTest {
  @Property(tries = 100)
  boolean aGeneratedValidRecordHasNoError(@ForAll("valid") ParentChildRecord record) {
    return RecordValidator.validate(record).isValid();
  }

  @Property(tries = 100)
  boolean aMutationIsReportedAtItsPath(@ForAll("mutated") Mutated mutated) {
    return RecordValidator.validate(mutated.record()).violations().exists(
        violation -> violation.rule() == mutated.rule() && violation.path().equals(mutated.path()));
  }

  @Provide
  Arbitrary<ParentChildRecord> valid() {
    return Records.valid();
  }

  @Provide
  Arbitrary<Mutated> mutated() {
    return Mutations.any();
  }
}
