package io.github.childcarerules.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A letter due to a provider about one of its requests, by the request's {@code decisionDue}
 * ({@code ALLOC_DECISION_DELAY}).
 *
 * @param provider the id of the provider the letter is addressed to
 * @param request the id of the request it is about
 * @param letter which letter
 * @param due the last day it may be sent
 * @since 0.1.0
 */
public record Letter(String provider, String request, LetterKind letter, LocalDate due) {
  /** By provider, then request, then letter name: the order of the result. */
  public static final Comparator<Letter> ORDER =
      Comparator.comparing(Letter::provider)
          .thenComparing(Letter::request)
          .thenComparing(letter -> letter.letter().name());

  /**
   * A letter due; every argument is required.
   *
   * @param provider the id of the provider the letter is addressed to
   * @param request the id of the request it is about
   * @param letter which letter
   * @param due the last day it may be sent
   */
  public Letter {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(due, "due");
  }
}
