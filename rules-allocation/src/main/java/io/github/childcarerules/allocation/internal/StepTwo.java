package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.Reading.Supplier;
import io.github.childcarerules.allocation.internal.Reading.Verdict;
import io.vavr.collection.List;

/**
 * Step 2 (POL "Étape 2"; RULES.md §9 "Step 2") for one candidate of one batch: its provider's
 * answers to this offer (none yet: the batch waits), maintained or not and kept or not, the five
 * conformity checks, and the places a conforming file is recommended for. The board's decision is
 * the walk's ({@link Walk}).
 */
final class StepTwo {
  private StepTwo() {}

  /** What step 2 makes of a candidate. */
  sealed interface Verification {}

  /** No answers of its provider for this offer: the batch stops here. */
  record Awaiting() implements Verification {}

  /** Not maintained for this offer; kept in the register, or withdrawn. */
  record Declined(Verdict verdict) implements Verification {}

  /** The file failed the {@code failed} checks; kept in the register, or withdrawn. */
  record Failed(Verdict verdict, List<String> failed) implements Verification {}

  /** Conforms: recommended to the board for {@code places}. */
  record Conform(Verdict verdict, int places) implements Verification {}

  /**
   * Step 2 for {@code life}'s request, with {@code left} places left in the batch: a conforming
   * file is recommended for the least of the places its provider wants, the places the request
   * still asks for from this batch, and the places left.
   */
  static Verification verify(Place place, RequestLife life, Supplier supplier, int left) {
    return supplier
        .answersTo(place.id())
        .<Verification>map(
            verdict -> {
              if (!verdict.maintains()) {
                return new Declined(verdict);
              }
              List<String> failed = verdict.failedChecks();
              if (!failed.isEmpty()) {
                return new Failed(verdict, failed);
              }
              int asked = life.asks(place.isTemporary());
              return new Conform(verdict, Math.min(verdict.placesWanted(), Math.min(asked, left)));
            })
        .getOrElse(Awaiting::new);
  }
}
