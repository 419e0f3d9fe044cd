package io.github.childcarerules.core.rule;

import io.vavr.collection.List;
import java.util.Comparator;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One broken rule at one place of a document: the rule (with its severity and source), the path of
 * the field or element ({@code agreements[0].specialSchedules[1].end}; {@code ""} for the whole
 * record) and the arguments of its message.
 */
@Value.Immutable
public abstract class Violation implements Comparable<Violation> {
  /** By path, then rule id, both compared as Java strings: the order of every report. */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(v -> v.rule().name());

  @Value.Parameter
  public abstract Rule rule();

  @Value.Parameter
  public abstract String path();

  /** The values the message quotes (a limit, a length, a date), as text. */
  @Value.Parameter
  public abstract List<String> arguments();

  public static Violation of(Rule rule, String path, String... arguments) {
    return ImmutableViolation.of(rule, path, List.of(arguments));
  }

  public Severity severity() {
    return rule().severity();
  }

  public String source() {
    return rule().source();
  }

  /** The message in French. */
  public String message() {
    return message(Locale.CANADA_FRENCH);
  }

  /** The message in {@code locale}'s language: English when asked, French otherwise. */
  public String message(Locale locale) {
    return rule().message(locale, arguments().toJavaArray());
  }

  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return rule() + " at '" + path() + "'";
  }
}
