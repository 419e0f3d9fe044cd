package io.github.childcarerules.core.record;

import io.github.childcarerules.core.internal.reading.Entered;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The child's identification (CSG, section "Identification de l'enfant"). Text fields hold what was
 * entered; a blank string counts as absent.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Child implements WithChild {
  /** {@return the child's last name, at most 50 characters} */
  public abstract Option<String> lastName();

  /** {@return the child's first name, at most 50 characters} */
  public abstract Option<String> firstName();

  /**
   * {@return the child's sex, {@code F}, {@code M} or {@code X}; any other value is reported as
   * {@code VALUE_NOT_ALLOWED}}
   */
  public abstract Option<String> sex();

  /** {@return the date of birth, {@code YYYY-MM-DD} as entered} */
  public abstract Option<String> birthDate();

  /**
   * {@return the date of {@link #birthDate()}: empty when absent or not a date {@code YYYY-MM-DD}
   * (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> birthDateAsDate() {
    return Entered.date(birthDate());
  }

  /** {@return the child's number at the Québec civil-status register (NIREC)} */
  public abstract Option<String> nirec();

  /**
   * {@return the child number (NECSG) given by CSG to a child born outside Québec without a NIREC}
   */
  public abstract Option<String> necsg();

  /** {@return whether the child was born outside Québec; absent when not answered} */
  public abstract Option<Boolean> bornOutsideQuebec();

  /**
   * {@return a copy with {@link #lastName()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Child withLastName(@Nullable String value);

  /**
   * {@return a copy with {@link #firstName()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Child withFirstName(@Nullable String value);

  /**
   * {@return a copy with {@link #sex()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Child withSex(@Nullable String value);

  /**
   * {@return a copy with {@link #birthDate()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Child withBirthDate(@Nullable String value);

  /**
   * {@return a copy with {@link #nirec()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Child withNirec(@Nullable String value);

  /**
   * {@return a copy with {@link #necsg()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Child withNecsg(@Nullable String value);

  /**
   * {@return a copy with {@link #bornOutsideQuebec()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Child withBornOutsideQuebec(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #sex()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public final Child withSex(@Nullable Sex value) {
    return withSex(Option.of(value).map(Sex::name));
  }

  /**
   * {@return a copy with {@link #birthDate()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Child withBirthDate(@Nullable LocalDate date) {
    return withBirthDate(Option.of(date).map(LocalDate::toString));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Child}: a plain value or {@code null} (absent) for each field, or a Vavr
   * {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableChild.Builder {
    /**
     * Sets {@link Child#sex()} to {@code value}; {@code null} means absent.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder sex(@Nullable Sex value) {
      return sex(Option.of(value).map(Sex::name));
    }

    /**
     * Sets {@link Child#birthDate()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder birthDate(@Nullable LocalDate date) {
      return birthDate(Option.of(date).map(LocalDate::toString));
    }
  }
}
