package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.internal.ScenarioView.Candidate;
import io.github.childcarerules.allocation.internal.ScenarioView.SectorView;
import io.github.childcarerules.allocation.internal.ScenarioView.Supplier;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.core.rule.Rule;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 (POL "Étape 1"; RULES.md §9 "Step 1"): the search for candidates of a batch. The register
 * is two queues per sector ordered by (received date, id), one of increase requests and one of
 * obtention requests. A request leaves its queue once settled (withdrawn, or all it asked granted
 * or reserved); a kept request stays in its chronological place for later batches. Every request a
 * batch scans therefore adds an event to its trail, so a run costs {@code O((batches + requests)
 * log requests)} plus the size of the trail.
 */
final class StepOne {
  private final ScenarioView view;
  private final StepTwo stepTwo;
  private final java.util.List<SectorView> leavingOrder;
  private final Map<String, TreeSet<Candidate>> increases = new HashMap<>();
  private final Map<String, TreeSet<Candidate>> obtentions = new HashMap<>();

  StepOne(ScenarioView view, StepTwo stepTwo) {
    this.view = view;
    this.stepTwo = stepTwo;
    this.leavingOrder = view.leavingOrder();
    for (Candidate candidate : view.candidates) {
      (candidate.type == RequestType.INCREASE ? increases : obtentions)
          .computeIfAbsent(candidate.sector, sector -> new TreeSet<>(Candidate.CHRONOLOGICAL))
          .add(candidate);
    }
  }

  /** Steps 1 and 2 for one batch. */
  void allocate(BatchRun run) {
    if (run.own == null || run.own.hasNeeds()) {
      // places stay in their sector: step 1.1, then 1.2 for free places
      run.staysInSector = true;
      search(
          run, run.place.sector(), Rule.ALLOC_STEP1_SAME_SECTOR, Rule.ALLOC_STEP1_OBTENTION_LIST);
    } else {
      for (SectorView sector : leavingOrder) {
        if (!run.open()) {
          break;
        }
        run.searched.add(sector);
        run.record(
            Rule.ALLOC_STEP1_OTHER_SECTOR,
            new TrailEvent.SectorLeft(sector.name(), sector.coverage().get()));
        search(run, sector.name(), Rule.ALLOC_STEP1_OTHER_SECTOR, Rule.ALLOC_STEP1_OTHER_SECTOR);
      }
    }
    if (run.pendingProvider.isDefined()) {
      run.outcome = BatchOutcome.PENDING_VERIFICATION;
    } else if (run.left == 0) {
      run.outcome = BatchOutcome.ALLOCATED;
    } else if (run.place.isUsed()) {
      run.record(
          Rule.ALLOC_STEP1_UNALLOCATED, new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_UNALLOCATED));
      run.outcome = BatchOutcome.UNALLOCATED;
    } else {
      run.record(
          Rule.ALLOC_STEP1_NEW_PROVIDER, new TrailEvent.NoCandidate(Rule.ALLOC_STEP1_NEW_PROVIDER));
      run.outcome = BatchOutcome.RECOGNIZE_NEW_PROVIDER;
    }
  }

  /** Search 1 of a sector (increase requests), then search 2 (obtention list) for free places. */
  private void search(BatchRun run, String sector, Rule increase, Rule obtention) {
    take(run, increases.get(sector), increase);
    if (!run.place.isUsed()) {
      take(run, obtentions.get(sector), obtention);
    }
  }

  /** The candidates of one queue in order until the batch is spent or stops. */
  private void take(BatchRun run, @Nullable TreeSet<Candidate> queue, Rule rule) {
    if (queue == null) {
      return;
    }
    CandidateSource source = CandidateSource.of(rule);
    Iterator<Candidate> it = queue.iterator();
    while (run.open() && it.hasNext()) {
      Candidate candidate = it.next();
      Supplier supplier = view.supplier(candidate.provider);
      if (run.place.isUsed() && !supplier.serves(run.place.child().get())) {
        run.record(
            Rule.ALLOC_STEP1_PROFILE, new TrailEvent.ProfileMismatch(candidate.id, supplier.id()));
        continue;
      }
      run.record(rule, new TrailEvent.Candidate(candidate.id, supplier.id(), source));
      stepTwo.verify(run, candidate, supplier, source);
      if (candidate.settled()) {
        it.remove();
      }
    }
  }
}
