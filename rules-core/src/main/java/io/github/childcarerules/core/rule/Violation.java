package io.github.childcarerules.core.rule;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import java.util.Comparator;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One broken rule at one place of a document: the rule (with its severity, source and {@linkplain
 * Rule#section() section}), the {@linkplain #path() path} of the field or element ({@code
 * agreements[0].specialSchedules[1].end}; {@code ""} for the whole record) and the arguments of its
 * message.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Violation implements Comparable<Violation> {
  /** By path, then rule id, both compared as Java strings: the order of every report. */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(v -> v.rule().name());

  /**
   * The rule broken.
   *
   * @return the rule, which gives the severity, source and section
   */
  @Value.Parameter
  public abstract Rule rule();

  /**
   * Where the rule is broken, in FORMAT.md's field names (docs/guide/records.md, "Where a violation
   * is: its path", says the same):
   *
   * <ul>
   *   <li>{@code ""} (empty) for the whole record;
   *   <li>field names joined by dots: {@code child.lastName}, {@code responsible.role}, {@code
   *       address.postalCode};
   *   <li>a list element by its zero-based index in brackets, counted in the list as entered (an
   *       absent element keeps its place, so the next one keeps its index): {@code agreements[0]},
   *       {@code ecpPeriods[2].start}, {@code agreements[0].specialSchedules[1].end};
   *   <li>a keyed entry by its key as entered, after a dot: {@code ageBrackets.MONTHS_18_59},
   *       {@code agreements[0].schedule.weeks[1].MON}, and a slot by its index in the day: {@code
   *       agreements[0].schedule.weeks[0].MON[2]}; a key that is not plain (anything but ASCII
   *       letters, digits, {@code _} and {@code -}, or empty) in brackets as a JSON string: {@code
   *       ageBrackets["MONTHS 0-17"]}, {@code answersByBatch["B1.x[0]"]}, {@code
   *       answersByBatch[""]} ({@link ViolationPaths} builds them);
   *   <li>a whole list or object when the rule is about it: {@code agreements} ({@link
   *       Rule#AGREEMENT_REQUIRED}), {@code ageBrackets} ({@link Rule#AGE_BRACKET_REQUIRED}).
   * </ul>
   *
   * <p>The checks of an allocation scenario use the same syntax on the scenario ({@code
   * requests[3].places}, {@code batches[0].availableOn}). Reports sort by path, then rule id, both
   * compared as Java strings ({@link #ORDER}).
   *
   * @return the path
   */
  @Value.Parameter
  public abstract String path();

  /**
   * The values the message quotes (a limit, a length, a date), as text.
   *
   * @return the arguments in the order of the message's placeholders; empty when it quotes none
   */
  @Value.Parameter
  public abstract List<String> arguments();

  @Value.Check
  void noNullArguments() {
    NoNulls.elements("arguments", arguments());
  }

  /**
   * A violation of {@code rule} at {@code path}, its message quoting {@code arguments}.
   *
   * @param rule the rule broken
   * @param path where, in the syntax of {@link #path()}
   * @param arguments the values the message quotes, in order
   * @return the violation
   */
  public static Violation of(Rule rule, String path, String... arguments) {
    return ImmutableViolation.of(rule, path, List.of(arguments));
  }

  /**
   * The rule's severity.
   *
   * @return {@code rule().severity()}
   */
  public Severity severity() {
    return rule().severity();
  }

  /**
   * The rule's source citation.
   *
   * @return {@code rule().source()}, for example {@code "CSG Nom c3"}
   */
  public String source() {
    return rule().source();
  }

  /**
   * The message in French, the library's default language.
   *
   * @return the message with its arguments filled in
   */
  public String message() {
    return message(Locale.CANADA_FRENCH);
  }

  /**
   * The message in {@code locale}'s language: English when asked, French otherwise.
   *
   * @param locale the reader's language
   * @return the message with its arguments filled in
   */
  public String message(Locale locale) {
    return rule().message(locale, arguments().toJavaArray());
  }

  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  /**
   * The violation for a person, in {@code locale}'s language (English when asked, French
   * otherwise), as {@code childcare-rules validate} prints it: {@code ERREUR child.nirec
   * (CHILD_NIREC_REQUIRED) : Le NIREC … [source : CSG NIREC c1]}; the whole record's path reads
   * {@code (dossier entier)}.
   *
   * @param locale the reader's language
   * @return one line: severity, path, rule id, message and source
   */
  public String text(Locale locale) {
    return Rule.MESSAGES.text(
        locale,
        "Violation.text",
        severity().label(locale),
        path().isEmpty() ? Rule.MESSAGES.text(locale, "Violation.wholeDocument") : path(),
        rule().name(),
        message(locale),
        source());
  }

  /**
   * The violation for a person in French, the default language.
   *
   * @return {@code text(Locale.CANADA_FRENCH)}
   */
  public String text() {
    return text(Locale.CANADA_FRENCH);
  }

  /** {@return {@link #text()}: the violation as a person reads it, in French} */
  @Override
  public String toString() {
    return text();
  }
}
