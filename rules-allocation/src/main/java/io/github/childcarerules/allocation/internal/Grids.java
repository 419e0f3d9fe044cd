package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.internal.BatchRun.Selected;
import io.github.childcarerules.allocation.internal.ScenarioView.Place;
import io.github.childcarerules.allocation.internal.ScenarioView.Verdict;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The analysis grid (annex 6) of a batch, copied from the facts its run recorded: nothing here
 * decides; an item the run did not reach stays blank.
 */
final class Grids {
  private Grids() {}

  static AnalysisGrid of(BatchRun run) {
    Place place = run.place;
    Option<ChildProfile> child = place.child();
    int used = child.isDefined() ? place.places() : 0;
    AnalysisGrid.Places places =
        new AnalysisGrid.Places(
            place.places(),
            place.sector(),
            place.availableOn(),
            used,
            child.map(
                profile ->
                    new AnalysisGrid.Child(
                        Entered.whole(profile.ageMonths().get()).get(),
                        profile.needs(),
                        profile.characteristics())),
            place.places() - used,
            place.until().isDefined(),
            place.until());
    Option<Boolean> below70 =
        run.staysInSector
            ? Option.of(run.own).filter(own -> own.coverage().isDefined()).map(own -> own.below70())
            : run.searched.isEmpty() ? Option.none() : Option.some(true);
    AnalysisGrid.Distribution distribution =
        new AnalysisGrid.Distribution(
            run.staysInSector,
            List.ofAll(run.searched)
                .map(
                    sector ->
                        new AnalysisGrid.SectorSearched(sector.name(), sector.coverage().get())),
            below70,
            Option.none(),
            Option.none(),
            child.map(
                profile -> !profile.needs().isEmpty() || !profile.characteristics().isEmpty()));
    int kept =
        List.ofAll(run.selected)
            .filter(selected -> selected.source != CandidateSource.OTHER_SECTOR)
            .filter(selected -> selected.decision.forAll(decision -> decision.authorized()))
            .map(selected -> selected.recommended)
            .sum()
            .intValue();
    return new AnalysisGrid(
        place.id(),
        places,
        distribution,
        new AnalysisGrid.Results(run.staysInSector, kept),
        List.ofAll(run.selected).map(selected -> selection(place, selected)));
  }

  private static AnalysisGrid.Selection selection(Place place, Selected selected) {
    Option<Verdict> answers = selected.answers;
    Option<Boolean> maintained = answers.map(Verdict::maintains);
    Option<Integer> accepted =
        answers
            .filter(Verdict::maintains)
            .map(Verdict::placesWanted)
            .orElse(maintained.map(m -> 0));
    boolean used = place.isUsed();
    // items 4 to 7 are reached only when the request is maintained
    Option<Verdict> checked = answers.filter(Verdict::maintains);
    AnalysisGrid.StepTwo stepTwo =
        new AnalysisGrid.StepTwo(
            maintained,
            used ? maintained : Option.none(),
            used ? accepted : Option.none(),
            used ? Option.none() : maintained,
            used ? Option.none() : accepted,
            checked.map(
                verdict ->
                    verdict.conformity().get(1)
                        && verdict.conformity().get(2)
                        && verdict.conformity().get(4)),
            checked.map(verdict -> verdict.conformity().get(0)),
            checked.map(verdict -> verdict.conformity().get(3)),
            checked
                .filter(verdict -> !verdict.conformity().get(3))
                .map(verdict -> verdict.tenHourOfferPlannedOn().isDefined()),
            checked.flatMap(Verdict::tenHourOfferPlannedOn));
    AnalysisGrid.Confirmation confirmation =
        new AnalysisGrid.Confirmation(
            answers.map(verdict -> selected.recommended > 0),
            selected.recommended,
            selected.decision.map(decision -> decision.on()),
            selected.decision.map(decision -> decision.authorized()));
    return new AnalysisGrid.Selection(
        selected.candidate.id,
        selected.candidate.provider,
        selected.candidate.sector,
        selected.candidate.received,
        selected.candidate.type == RequestType.INCREASE,
        answers.flatMap(Verdict::complaintsOnFile),
        stepTwo,
        confirmation);
  }
}
