package io.github.childcarerules.core.record;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A parent-child record (dossier parent-enfant) of CSG: one child, the adults responsible for it,
 * and the service agreements of one provider. Build it with {@link #builder()}; validate it with
 * {@code RecordValidator}. Nothing here is checked on construction: a record may hold any input,
 * and every problem is reported as a violation.
 *
 * @since 0.1.0
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

  public abstract List<SpecialPeriod> cisssPeriods();

  public abstract List<SpecialPeriod> ecpPeriods();

  public abstract List<SpecialPeriod> disabilityPeriods();

  public abstract Option<SpecialPeriod> transitionalMeasure();

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

  /** A copy with {@link #child()} set to {@code value}; {@code null} means absent. */
  public abstract ParentChildRecord withChild(@Nullable Child value);

  /** A copy with {@link #responsible()} set to {@code value}; {@code null} means absent. */
  public abstract ParentChildRecord withResponsible(@Nullable Person value);

  /** A copy with {@link #otherResponsible()} set to {@code value}; {@code null} means absent. */
  public abstract ParentChildRecord withOtherResponsible(@Nullable Person value);

  /** A copy with {@link #parent()} set to {@code value}; {@code null} means absent. */
  public abstract ParentChildRecord withParent(@Nullable Person value);

  /** A copy with {@link #address()} set to {@code value}; {@code null} means absent. */
  public abstract ParentChildRecord withAddress(@Nullable Address value);

  /** A copy with {@link #transitionalMeasure()} set to {@code value}; {@code null} means absent. */
  public abstract ParentChildRecord withTransitionalMeasure(@Nullable SpecialPeriod value);

  /** A copy with {@link #serviceOffer()} set to {@code value}; {@code null} means absent. */
  public abstract ParentChildRecord withServiceOffer(@Nullable ServiceOffer value);

  /** A builder with every field absent (or at its default). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ParentChildRecord}: a plain value or {@code null} (absent) for each
   * field, or a Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableParentChildRecord.Builder {
    /**
     * Puts the effective date of {@code bracket} in {@link ParentChildRecord#ageBrackets()}; a
     * {@code null} date leaves the bracket out (absent).
     */
    public Builder ageBracket(AgeBracket bracket, @Nullable LocalDate effectiveDate) {
      Objects.requireNonNull(bracket, "bracket");
      return effectiveDate == null
          ? this
          : putAgeBrackets(bracket.name(), effectiveDate.toString());
    }
  }
}
