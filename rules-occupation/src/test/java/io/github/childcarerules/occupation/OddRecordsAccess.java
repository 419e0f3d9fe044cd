package io.github.childcarerules.occupation;

import io.github.childcarerules.core.record.ParentChildRecord;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/** {@link OddRecords} for the tests of other packages. */
public final class OddRecordsAccess {
  public static final LocalDate BASE = OddRecords.BASE;

  private OddRecordsAccess() {}

  public static Arbitrary<ParentChildRecord> records() {
    return OddRecords.records();
  }
}
