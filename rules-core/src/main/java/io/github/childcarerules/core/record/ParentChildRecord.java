package io.github.childcarerules.core.record;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent-child record (dossier parent-enfant) of CSG: one child, the adults responsible for it,
 * and the service agreements of one provider. Build it with {@link #builder()}; validate it with
 * {@code RecordValidator}. Nothing here is checked on construction: a record may hold any input,
 * and every problem is reported as a violation.
 */
@Value.Immutable
public abstract class ParentChildRecord implements WithParentChildRecord {
  public abstract Option<Child> child();

  public abstract Option<Person> responsible();

  public abstract Option<Person> otherResponsible();

  /** The parent of a child born outside Québec, when no responsible has a parent role. */
  public abstract Option<Person> parent();

  public abstract Option<Address> address();

  /**
   * Effective date ({@code YYYY-MM-DD}) of each bracket used, keyed by {@link AgeBracket} name. A
   * blank value counts as absent; a key that is not a bracket is reported.
   */
  public abstract Map<String, String> ageBrackets();

  public abstract List<Period> cisssPeriods();

  public abstract List<Period> ecpPeriods();

  public abstract List<Period> disabilityPeriods();

  public abstract Option<Period> transitionalMeasure();

  public abstract List<Agreement> agreements();

  public abstract Option<ServiceOffer> serviceOffer();

  @Value.Check
  void noNullElements() {
    NoNulls.entries("ageBrackets", ageBrackets());
    NoNulls.elements("cisssPeriods", cisssPeriods());
    NoNulls.elements("ecpPeriods", ecpPeriods());
    NoNulls.elements("disabilityPeriods", disabilityPeriods());
    NoNulls.elements("agreements", agreements());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableParentChildRecord.Builder {
    public Builder ageBracket(AgeBracket bracket, LocalDate effectiveDate) {
      return putAgeBrackets(bracket.name(), effectiveDate.toString());
    }
  }
}
