package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.BatchOutcome;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.internal.ScenarioView.Candidate;
import io.github.childcarerules.allocation.internal.ScenarioView.DecreaseView;
import io.github.childcarerules.allocation.internal.ScenarioView.Place;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.vavr.collection.List;
import java.util.ArrayList;

/**
 * The allocation of RULES.md §9 on a scenario that passed its checks, in the policy's order: the
 * scenario read once ({@link ScenarioView}), decreases ({@link Decreases}), then for each batch in
 * order of availability step 1 ({@link StepOne}) calling step 2 and the board ({@link StepTwo}),
 * then the outcomes and letters ({@link Outcomes}) and the grids ({@link Grids}).
 */
public final class Engine {
  private Engine() {}

  /** Allocates the batches of a scenario that has no {@code ERROR}. */
  public static AllocationResult allocate(Scenario scenario) {
    ScenarioView view = new ScenarioView(scenario);
    Delay delay = new Delay(view.asOf);
    java.util.List<Place> places = new ArrayList<>(view.batches);
    java.util.List<RequestResult> requests = new ArrayList<>();
    for (DecreaseView decrease : view.decreases) {
      requests.add(Decreases.decide(decrease, delay, places));
    }
    places.sort(Place.AVAILABILITY);

    StepOne stepOne = new StepOne(view, new StepTwo(view));
    java.util.List<BatchResult> batches = new ArrayList<>();
    java.util.List<AnalysisGrid> grids = new ArrayList<>();
    boolean awaitingBoard = false;
    for (Place place : places) {
      BatchRun run = new BatchRun(place, view.sectors.get(place.sector()));
      stepOne.allocate(run);
      BatchResult batch = run.result();
      awaitingBoard |= batch.allocations().exists(allocation -> !allocation.authorized());
      batches.add(batch);
      grids.add(Grids.of(run));
    }

    boolean pending =
        batches.stream().anyMatch(b -> b.outcome() == BatchOutcome.PENDING_VERIFICATION);
    java.util.List<Letter> letters = new ArrayList<>();
    Outcomes outcomes = new Outcomes(delay, !pending && !awaitingBoard, letters);
    for (int i = 0; i < view.decreases.size(); i++) {
      outcomes.decreaseLetter(view.decreases.get(i).provider(), requests.get(i));
    }
    for (Candidate candidate : view.candidates) {
      requests.add(outcomes.of(candidate));
    }
    return new AllocationResult(
        List.ofAll(batches).sortBy(BatchResult::id),
        List.ofAll(requests).sortBy(RequestResult::id),
        List.ofAll(letters).sorted(Letter.ORDER),
        List.ofAll(grids).sortBy(AnalysisGrid::batch));
  }
}
