package io.github.childcarerules.core.record;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.NoNulls;
import io.github.childcarerules.core.internal.reading.Entered;
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
  /** {@return the child's identification} */
  public abstract Option<Child> child();

  /** {@return the responsible (responsable), the adult the record is in the name of} */
  public abstract Option<Person> responsible();

  /** {@return the other responsible (autre responsable), optional} */
  public abstract Option<Person> otherResponsible();

  /** {@return the parent of a child born outside Québec, when no responsible has a parent role} */
  public abstract Option<Person> parent();

  /** {@return the responsible's address} */
  public abstract Option<Address> address();

  /**
   * {@return the effective date ({@code YYYY-MM-DD}) of each bracket used, keyed by {@link
   * AgeBracket} name} A blank value counts as absent; a key that is not a bracket is reported.
   */
  public abstract Map<String, String> ageBrackets();

  /**
   * The date {@code bracket} takes effect, as a date.
   *
   * @param bracket the age bracket
   * @return its date in {@link #ageBrackets()}: empty when absent or not a date {@code YYYY-MM-DD}
   *     (validation reports the latter as {@code DATE_FORMAT})
   */
  public Option<LocalDate> ageBracketStart(AgeBracket bracket) {
    Objects.requireNonNull(bracket, "bracket");
    return Entered.date(ageBrackets().get(bracket.name()));
  }

  /**
   * {@return the periods when the child is received under a protocol with the health and social
   * services (CISSS/CIUSSS), in entered order}
   */
  public abstract List<SpecialPeriod> cisssPeriods();

  /**
   * {@return the periods when the parent is exempted from paying the reduced contribution (ECP), in
   * entered order}
   */
  public abstract List<SpecialPeriod> ecpPeriods();

  /** {@return the periods when the child has a disability (handicap), in entered order} */
  public abstract List<SpecialPeriod> disabilityPeriods();

  /**
   * {@return the transitional measure (mesure transitoire): a disabled child of school age kept one
   * more year in childcare; absent when none}
   */
  public abstract Option<SpecialPeriod> transitionalMeasure();

  /** {@return the service agreements with the provider, in entered order} */
  public abstract List<Agreement> agreements();

  /** {@return what the provider's service offer holds, as far as the rules need it} */
  public abstract Option<ServiceOffer> serviceOffer();

  @Value.Check
  void noNullElements() {
    NoNulls.entries("ageBrackets", ageBrackets());
    NoNulls.elements("cisssPeriods", cisssPeriods());
    NoNulls.elements("ecpPeriods", ecpPeriods());
    NoNulls.elements("disabilityPeriods", disabilityPeriods());
    NoNulls.elements("agreements", agreements());
  }

  /**
   * {@return a copy with {@link #child()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ParentChildRecord withChild(@Nullable Child value);

  /**
   * {@return a copy with {@link #responsible()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ParentChildRecord withResponsible(@Nullable Person value);

  /**
   * {@return a copy with {@link #otherResponsible()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ParentChildRecord withOtherResponsible(@Nullable Person value);

  /**
   * {@return a copy with {@link #parent()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ParentChildRecord withParent(@Nullable Person value);

  /**
   * {@return a copy with {@link #address()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ParentChildRecord withAddress(@Nullable Address value);

  /**
   * {@return a copy with {@link #transitionalMeasure()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ParentChildRecord withTransitionalMeasure(@Nullable SpecialPeriod value);

  /**
   * {@return a copy with {@link #serviceOffer()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract ParentChildRecord withServiceOffer(@Nullable ServiceOffer value);

  /** {@return a builder with every field absent (or at its default)} */
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
     *
     * @param bracket the value; {@code null} means absent
     * @param effectiveDate the date; {@code null} means absent
     * @return this builder
     */
    public Builder ageBracket(AgeBracket bracket, @Nullable LocalDate effectiveDate) {
      Objects.requireNonNull(bracket, "bracket");
      return effectiveDate == null
          ? this
          : putAgeBrackets(bracket.name(), effectiveDate.toString());
    }
  }
}
