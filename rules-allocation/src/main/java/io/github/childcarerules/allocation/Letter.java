package io.github.childcarerules.allocation;

import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A letter the coordinating office writes to a provider about one of its requests (RULES.md §9
 * "Letters"; POL "Demande d'ajout", "dans tous les cas"): which letter, by when ({@code due}: the
 * later of the request's {@code decisionDue} and the date of the decision the letter reports), the
 * rule that calls for it, and for a confirmation the places it confirms.
 *
 * @param provider the id of the provider the letter is addressed to
 * @param request the id of the request it is about
 * @param letter which letter
 * @param due the date it is due by
 * @param rule the rule that calls for it: {@code ALLOC_BOARD_DECISION}, {@code
 *     ALLOC_STEP2_MAINTAIN}, {@code ALLOC_STEP2_CONFORMITY} or {@code ALLOC_DECISION_DELAY}
 * @param grants the places a confirmation confirms, in the order they were authorized; empty on
 *     every other letter
 * @since 0.1.0
 */
public record Letter(
    String provider,
    String request,
    LetterKind letter,
    LocalDate due,
    Rule rule,
    List<Grant> grants) {
  /** By provider, then request (both in natural order), then letter name: the result's order. */
  public static final Comparator<Letter> ORDER =
      (a, b) -> {
        int order = NaturalOrder.IDS.compare(a.provider(), b.provider());
        if (order == 0) {
          order = NaturalOrder.IDS.compare(a.request(), b.request());
        }
        return order != 0 ? order : a.letter().name().compareTo(b.letter().name());
      };

  /**
   * A letter due; every argument is required.
   *
   * @param provider the id of the provider the letter is addressed to
   * @param request the id of the request it is about
   * @param letter which letter
   * @param due the date it is due by
   * @param rule the rule that calls for it
   * @param grants the places a confirmation confirms; empty on every other letter
   */
  public Letter {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(grants, "grants");
  }

  /**
   * Places a confirmation confirms: one authorized allocation of a batch.
   *
   * @param batch the id of the batch the places come from
   * @param places the places authorized
   * @param until the last day a temporary batch's places are held, none for permanent places
   * @since 0.1.0
   */
  public record Grant(String batch, int places, Option<LocalDate> until) {
    /**
     * Places confirmed; every argument is required ({@code until} is none, never null).
     *
     * @param batch the id of the batch the places come from
     * @param places the places authorized
     * @param until the last day a temporary batch's places are held, none for permanent places
     */
    public Grant {
      Objects.requireNonNull(batch, "batch");
      Objects.requireNonNull(until, "until");
    }
  }
}
