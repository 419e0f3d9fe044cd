package io.github.childcarerules.occupation.careunit;

import io.github.childcarerules.core.internal.MessageBundle;
import io.vavr.collection.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.immutables.value.Value;

/**
 * Why stays cannot be assessed (RULES.md §8, "Care unit"): unusable input, returned as a value.
 * {@link #stays()} are the positions (from 0, in the order given) of the stays concerned.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StayProblem {
  private static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle(
                  "io.github.childcarerules.occupation.careunit.messages", locale));

  /**
   * The kinds of unusable input.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** A stay's departure is before its arrival; a stay that crosses midnight is one of them. */
    DEPARTURE_BEFORE_ARRIVAL,
    /** Two stays share time: the child cannot arrive while it is there. */
    OVERLAPPING_STAYS,
    /** The birth date is after the day. */
    BIRTH_AFTER_DAY
  }

  /**
   * What is wrong.
   *
   * @return the reason, also the message's key
   */
  public abstract Reason reason();

  /**
   * Positions of the stays concerned, from 0; empty for the birth date.
   *
   * @return the positions, in the order the stays were given
   */
  public abstract List<Integer> stays();

  /**
   * What the problem is about, as text arguments of its message (stays as {@code HH:MM-HH:MM}).
   *
   * @return the arguments, in the order of the message's placeholders
   */
  public abstract List<String> arguments();

  /**
   * The message in French (default) or English, keyed by the reason's name.
   *
   * @param locale the reader's language: English when asked, French otherwise
   * @return the message with its arguments filled in
   */
  public String message(Locale locale) {
    return MESSAGES.text(locale, reason().name(), arguments().toJavaArray());
  }

  /**
   * A problem of {@code reason} about the stays at {@code stays}, its message quoting {@code
   * arguments}.
   *
   * @param reason what is wrong
   * @param stays positions of the stays concerned, from 0
   * @param arguments the values the message quotes
   * @return the problem
   */
  public static StayProblem of(Reason reason, List<Integer> stays, List<String> arguments) {
    return ImmutableStayProblem.builder().reason(reason).stays(stays).arguments(arguments).build();
  }
}
