package io.github.childcarerules.core.record;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The child's identification (CSG, section "Identification de l'enfant"). Text fields hold what was
 * entered; a blank string counts as absent.
 */
@Value.Immutable
public abstract class Child implements WithChild {
  public abstract Option<String> lastName();

  public abstract Option<String> firstName();

  /**
   * {@code F}, {@code M} or {@code X}; any other value is reported as {@code VALUE_NOT_ALLOWED}.
   */
  public abstract Option<String> sex();

  /** {@code YYYY-MM-DD}. */
  public abstract Option<String> birthDate();

  /** Number at the Québec civil-status register. */
  public abstract Option<String> nirec();

  /** Child number given by CSG to a child born outside Québec without a NIREC. */
  public abstract Option<String> necsg();

  /** Yes/no; absent when not answered. */
  public abstract Option<Boolean> bornOutsideQuebec();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableChild.Builder {
    public Builder sex(Sex sex) {
      return sex(sex.name());
    }

    public Builder birthDate(LocalDate date) {
      return birthDate(date.toString());
    }
  }
}
