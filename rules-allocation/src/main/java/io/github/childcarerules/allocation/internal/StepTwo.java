package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.internal.BatchRun.Selected;
import io.github.childcarerules.allocation.internal.ScenarioView.Candidate;
import io.github.childcarerules.allocation.internal.ScenarioView.Decision;
import io.github.childcarerules.allocation.internal.ScenarioView.Supplier;
import io.github.childcarerules.allocation.internal.ScenarioView.Verdict;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Step 2 (POL "Étape 2"; RULES.md §9 "Step 2") for one candidate of one batch: its provider's
 * answers to this offer (maintained or not, kept or not), the five conformity checks, the
 * recommendation to the board, and the board's decision (POL "Modalités administratives").
 */
final class StepTwo {
  private static final int TEN_HOURS = Answers.CONFORMITY.indexOf("tenHourWeekdays");

  private final ScenarioView view;

  StepTwo(ScenarioView view) {
    this.view = view;
  }

  void verify(BatchRun run, Candidate candidate, Supplier supplier, CandidateSource source) {
    Selected selected = new Selected(candidate, source);
    run.selected.add(selected);
    Option<Verdict> answers = supplier.answersTo(run.place.id());
    if (answers.isEmpty()) {
      // not reached yet about this offer: the batch waits for its answers
      run.record(
          Rule.ALLOC_STEP2_AWAITING, new TrailEvent.AwaitingAnswers(candidate.id, supplier.id()));
      candidate.awaited = true;
      run.pendingProvider = Option.some(supplier.id());
      return;
    }
    Verdict verdict = answers.get();
    selected.answers = answers;
    if (!verdict.maintains()) {
      run.record(
          Rule.ALLOC_STEP2_MAINTAIN,
          new TrailEvent.NotMaintained(candidate.id, supplier.id(), verdict.keeps()));
      candidate.declined |= verdict.keeps();
      candidate.withdrawn |= !verdict.keeps();
      return;
    }
    List<String> failed = failedChecks(verdict);
    selected.failed = failed;
    if (!failed.isEmpty()) {
      run.record(
          Rule.ALLOC_STEP2_CONFORMITY,
          new TrailEvent.NotConform(candidate.id, supplier.id(), failed, verdict.keeps()));
      candidate.failedCheck = true;
      candidate.withdrawn |= !verdict.keeps();
      return;
    }
    int places = Math.min(verdict.placesWanted(), Math.min(candidate.stillAsked(), run.left));
    selected.recommended = places;
    run.record(
        Rule.ALLOC_STEP2_RECOMMEND,
        new TrailEvent.Recommended(candidate.id, supplier.id(), places, run.place.until()));
    board(run, selected, supplier, places);
  }

  /**
   * The names of the failed conformity checks, in {@link Answers#CONFORMITY} order; a ten-hour
   * period planned in annex 2 passes the ten-hour check ("offre ou offrira").
   */
  private static List<String> failedChecks(Verdict verdict) {
    List<String> failed = List.empty();
    for (int i = Answers.CONFORMITY.size() - 1; i >= 0; i--) {
      boolean passes =
          verdict.conformity().get(i)
              || (i == TEN_HOURS && verdict.tenHourOfferPlannedOn().isDefined());
      if (!passes) {
        failed = failed.prepend(Answers.CONFORMITY.get(i));
      }
    }
    return failed;
  }

  /**
   * The board's decision on the recommendation: authorized places are granted; refused ones go back
   * to the batch and the request is withdrawn; undecided ones stay reserved.
   */
  private void board(BatchRun run, Selected selected, Supplier supplier, int places) {
    Candidate candidate = selected.candidate;
    Option<Decision> decision = view.decision(run.place.id(), candidate.id);
    selected.decision = decision;
    if (decision.isEmpty()) {
      candidate.reserved += places;
      run.left -= places;
      run.allocations.add(
          new Allocation(candidate.id, supplier.id(), places, run.place.until(), false));
    } else if (decision.get().authorized()) {
      run.record(
          Rule.ALLOC_BOARD_DECISION,
          new TrailEvent.Authorized(candidate.id, supplier.id(), places, decision.get().on()));
      candidate.granted += places;
      run.left -= places;
      run.allocations.add(
          new Allocation(candidate.id, supplier.id(), places, run.place.until(), true));
    } else {
      run.record(
          Rule.ALLOC_BOARD_DECISION,
          new TrailEvent.BoardRefused(candidate.id, supplier.id(), places, decision.get().on()));
      candidate.boardRefused = true;
      candidate.withdrawn = true;
    }
  }
}
