package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.CandidateSource;
import io.github.childcarerules.allocation.YesNo;
import io.github.childcarerules.allocation.internal.Reading.Child;
import io.github.childcarerules.allocation.internal.Reading.Decision;
import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.Reading.SectorFacts;
import io.github.childcarerules.allocation.internal.Reading.Verdict;
import io.github.childcarerules.allocation.internal.StepTwo.Awaiting;
import io.github.childcarerules.allocation.internal.StepTwo.Conform;
import io.github.childcarerules.allocation.internal.StepTwo.Declined;
import io.github.childcarerules.allocation.internal.StepTwo.Failed;
import io.github.childcarerules.allocation.internal.StepTwo.Verification;
import io.github.childcarerules.allocation.internal.Walk.Called;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The analysis grid (annex 6) of a batch, copied from its walk and from what the scenario records
 * (RULES.md §9 "Analysis grid"): nothing here decides; an item the walk did not reach is {@link
 * YesNo#NOT_REACHED}, an item that does not apply to these places {@link YesNo#NOT_APPLICABLE}.
 */
final class Grids {
  private Grids() {}

  static AnalysisGrid of(Walk walk, Reading reading) {
    Place place = walk.place;
    Option<Child> child = place.child();
    int used = place.isUsed() ? place.places() : 0;
    AnalysisGrid.Places places =
        new AnalysisGrid.Places(
            place.places(),
            place.sector(),
            place.availableOn(),
            used,
            child.map(
                c ->
                    new AnalysisGrid.Child(c.ageMonths(), c.sex(), c.needs(), c.characteristics())),
            place.places() - used,
            YesNo.of(place.isTemporary()),
            YesNo.of(!place.isTemporary()),
            place.until());
    Option<SectorFacts> own = Option.of(reading.sectors().get(place.sector()));
    // 2. the coverage of the sector that receives the places: its own, or one searched (each below
    // 70 %); blank when its rate is unknown or no sector could receive them
    YesNo below70 =
        walk.staysInSector
            ? YesNo.of(
                own.filter(sector -> sector.coverage().isDefined()).map(SectorFacts::below70))
            : walk.searched.isEmpty() ? YesNo.NOT_REACHED : YesNo.YES;
    AnalysisGrid.Distribution distribution =
        new AnalysisGrid.Distribution(
            YesNo.of(walk.staysInSector),
            List.ofAll(walk.searched)
                .flatMap(
                    sector ->
                        sector
                            .coverage()
                            .map(rate -> new AnalysisGrid.SectorSearched(sector.name(), rate))),
            below70,
            priorities(child, reading),
            YesNo.NOT_APPLICABLE,
            child
                .map(c -> YesNo.of(c.hasNeedsOrCharacteristics()))
                .getOrElse(YesNo.NOT_APPLICABLE));
    List<Called> called =
        List.ofAll(walk.visits).filter(Called.class::isInstance).map(Called.class::cast);
    int kept =
        called
            .filter(selected -> selected.source() != CandidateSource.OTHER_SECTOR)
            .filter(selected -> selected.decision().forAll(Decision::authorized))
            .map(Grids::recommended)
            .sum()
            .intValue();
    return new AnalysisGrid(
        place.id(),
        reading.analyst(),
        reading.asOf(),
        places,
        distribution,
        new AnalysisGrid.Results(YesNo.of(walk.staysInSector), kept),
        called.map(selected -> selection(place, selected)));
  }

  /**
   * B.3: used places whose child's needs or characteristics hold a ministerial priority of the
   * scenario; N/A for free places, or when the scenario lists none.
   */
  private static YesNo priorities(Option<Child> child, Reading reading) {
    if (child.isEmpty() || reading.priorities().isEmpty()) {
      return YesNo.NOT_APPLICABLE;
    }
    return YesNo.of(
        child.exists(
            c ->
                c.needs().exists(reading.priorities()::contains)
                    || c.characteristics().exists(reading.priorities()::contains)));
  }

  private static int recommended(Called called) {
    return called.verification() instanceof Conform conform ? conform.places() : 0;
  }

  private static AnalysisGrid.Selection selection(Place place, Called called) {
    Verification verification = called.verification();
    Option<Verdict> answers =
        verification instanceof Declined declined
            ? Option.some(declined.verdict())
            : verification instanceof Failed failed
                ? Option.some(failed.verdict())
                : verification instanceof Conform conform
                    ? Option.some(conform.verdict())
                    : Option.none();
    YesNo maintained = YesNo.of(answers.map(Verdict::maintains));
    Option<Integer> accepted =
        answers.map(
            verdict ->
                verdict.maintains()
                    ? Math.min(verdict.placesWanted(), called.leftWhenCalled())
                    : 0);
    // items 4 to 7 are reached only when the request is maintained
    Option<Verdict> checked = answers.filter(Verdict::maintains);
    boolean used = place.isUsed();
    AnalysisGrid.StepTwo stepTwo =
        new AnalysisGrid.StepTwo(
            maintained,
            used ? maintained : YesNo.NOT_APPLICABLE,
            used ? accepted : Option.none(),
            used ? YesNo.NOT_APPLICABLE : maintained,
            used ? Option.none() : accepted,
            YesNo.of(checked.map(Verdict::needsConcordance)),
            YesNo.of(checked.map(verdict -> verdict.conformity().engagementFormsOnFile())),
            YesNo.of(checked.map(verdict -> verdict.conformity().tenHourWeekdays())),
            checked
                .map(
                    verdict ->
                        verdict.conformity().tenHourWeekdays()
                            ? YesNo.NOT_APPLICABLE
                            : YesNo.of(verdict.tenHourOfferPlannedOn().isDefined()))
                .getOrElse(YesNo.NOT_REACHED),
            checked.flatMap(Verdict::tenHourOfferPlannedOn));
    Option<Decision> decision = called.decision();
    AnalysisGrid.Confirmation confirmation =
        new AnalysisGrid.Confirmation(
            verification instanceof Awaiting
                ? YesNo.NOT_REACHED
                : YesNo.of(verification instanceof Conform),
            recommended(called),
            decision.map(Decision::on),
            YesNo.of(decision.map(Decision::authorized)),
            decision.flatMap(Decision::confirmationSentOn));
    boolean increase = called.ask().type() == RequestType.INCREASE;
    return new AnalysisGrid.Selection(
        called.ask().id(),
        called.supplier().id(),
        called.supplier().name(),
        called.supplier().address(),
        called.ask().sector(),
        called.ask().received(),
        YesNo.of(increase),
        YesNo.of(!increase),
        YesNo.of(answers.flatMap(Verdict::complaintsOnFile)),
        answers.flatMap(Verdict::complaintDetails),
        answers.flatMap(Verdict::followUp),
        stepTwo,
        confirmation);
  }
}
