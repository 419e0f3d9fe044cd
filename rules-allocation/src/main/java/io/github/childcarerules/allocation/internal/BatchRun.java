package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.internal.ScenarioView.Candidate;
import io.github.childcarerules.allocation.internal.ScenarioView.Decision;
import io.github.childcarerules.allocation.internal.ScenarioView.Place;
import io.github.childcarerules.allocation.internal.ScenarioView.SectorView;
import io.github.childcarerules.allocation.internal.ScenarioView.Verdict;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The allocation of one batch as it happens: the places left, the recommendations, the trail, and
 * the facts the analysis grid is filled from (whether the places stayed in their sector, the
 * sectors searched, each selected request with the answers that applied to it).
 */
final class BatchRun {
  final Place place;
  final @Nullable SectorView own;
  final java.util.List<TrailEvent> trail = new ArrayList<>();
  final java.util.List<Allocation> allocations = new ArrayList<>();
  final java.util.List<SectorView> searched = new ArrayList<>();
  final java.util.List<Selected> selected = new ArrayList<>();
  int left;
  boolean staysInSector;
  Option<String> pendingProvider = Option.none();
  BatchOutcome outcome = BatchOutcome.ALLOCATED;

  BatchRun(Place place, @Nullable SectorView own) {
    this.place = place;
    this.own = own;
    this.left = place.places();
  }

  /** Adds an event to the trail; {@code rule} is the rule the calling line applies. */
  void record(Rule rule, TrailEvent event) {
    if (event.rule() != rule) {
      throw new IllegalStateException(event.event() + " carries " + event.rule() + ", not " + rule);
    }
    trail.add(event);
  }

  /** Places left to offer, and no provider awaited: the search goes on. */
  boolean open() {
    return left > 0 && pendingProvider.isEmpty();
  }

  BatchResult result() {
    return new BatchResult(
        place.id(), outcome, left, List.ofAll(allocations), pendingProvider, List.ofAll(trail));
  }

  /** A request selected in step 1 for this batch, and what step 2 and the board made of it. */
  static final class Selected {
    final Candidate candidate;
    final CandidateSource source;
    Option<Verdict> answers = Option.none();
    List<String> failed = List.empty();
    int recommended;
    Option<Decision> decision = Option.none();

    Selected(Candidate candidate, CandidateSource source) {
      this.candidate = candidate;
      this.source = source;
    }
  }
}
