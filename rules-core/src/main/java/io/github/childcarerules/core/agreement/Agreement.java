package io.github.childcarerules.core.agreement;

import io.github.childcarerules.core.internal.NoNulls;
import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A service agreement: a contract for a place with one provider, from its start to its end date
 * (both included), possibly terminated early. Its <em>effective end</em> is the termination date
 * when given, else the end date.
 */
@Value.Immutable
public abstract class Agreement implements WithAgreement {
  /** First day of occupation, {@code YYYY-MM-DD}. */
  public abstract Option<String> start();

  /** Last day of occupation planned by the agreement. */
  public abstract Option<String> end();

  /** Last day of occupation when the agreement was terminated (date de résiliation). */
  public abstract Option<String> terminatedOn();

  @Value.Default
  public boolean reducedContribution() {
    return false;
  }

  /** The child only replaces absent children: no planned occupation. */
  @Value.Default
  public boolean replacement() {
    return false;
  }

  @Value.Default
  public boolean signed() {
    return false;
  }

  /** The normal schedule (horaire normal). */
  public abstract Option<Schedule> schedule();

  public abstract List<SpecialSchedule> specialSchedules();

  /**
   * True when nothing was entered: no date, no schedule, no special schedule and every flag false.
   * An absent agreement takes part in no rule.
   */
  public boolean isAbsent() {
    return start().forAll(String::isBlank)
        && end().forAll(String::isBlank)
        && terminatedOn().forAll(String::isBlank)
        && schedule().isEmpty()
        && specialSchedules().isEmpty()
        && !reducedContribution()
        && !replacement()
        && !signed();
  }

  @Value.Check
  void noNullElements() {
    NoNulls.elements("specialSchedules", specialSchedules());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAgreement.Builder {
    public Builder start(LocalDate date) {
      return start(date.toString());
    }

    public Builder end(LocalDate date) {
      return end(date.toString());
    }

    public Builder terminatedOn(LocalDate date) {
      return terminatedOn(date.toString());
    }
  }
}
