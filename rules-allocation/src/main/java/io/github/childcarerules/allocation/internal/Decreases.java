package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.internal.Reading.Cut;
import io.github.childcarerules.allocation.internal.Reading.Place;
import io.github.childcarerules.allocation.internal.Reading.Suspension;
import io.github.childcarerules.allocation.internal.StepOne.Suspended;
import io.github.childcarerules.allocation.scenario.DecreaseReason;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;

/**
 * {@code DECREASE} requests (POL "Places retournées"; RULES.md §9 "Requests"): the date each takes
 * effect after the law's notice, the suspensions refused for lasting 12 months or more or for
 * ending before their notice lets them start, and the free batch of returned places each granted
 * one becomes, from that request's provider.
 */
final class Decreases {
  private static final Period NOTICE = Rule.ALLOC_DECREASE_NOTICE.limit().get();
  private static final Period LONGEST_SUSPENSION = Rule.SUSPENSION_TOO_LONG.limit().get();

  private Decreases() {}

  /**
   * What the run decides for a decrease: its result, the batch of places it gives back and the
   * suspension it grants, when it is granted.
   */
  record Decided(RequestResult result, Option<Place> place, Option<Suspended> suspended) {}

  static Decided decide(Cut cut, Delay delay) {
    LocalDate notice = cut.received().plus(NOTICE);
    boolean emergency = cut.suspension().exists(Suspension::emergency);
    boolean noticeNeeded = cut.reason() != DecreaseReason.RATIO_DECREASE && !emergency;
    LocalDate effective =
        noticeNeeded && cut.requested().isBefore(notice) ? notice : cut.requested();
    for (Suspension suspension : cut.suspension()) {
      if (effective.isAfter(suspension.until())) {
        // the notice the law requires cannot be given before the suspension would end
        return refused(cut, delay, Rule.ALLOC_DECREASE_NOTICE);
      }
      if (!suspension.until().isBefore(effective.plus(LONGEST_SUSPENSION))) {
        return refused(cut, delay, Rule.SUSPENSION_TOO_LONG);
      }
    }
    Option<LocalDate> until = cut.suspension().map(Suspension::until);
    Place place =
        new Place(
            cut.id(),
            cut.places(),
            cut.sector(),
            effective,
            until,
            Origin.RETURNED,
            Option.none(),
            Option.some(cut.provider()));
    return new Decided(
        result(
            cut, delay, RequestStatus.GRANTED, Option.some(effective), Rule.ALLOC_DECREASE_NOTICE),
        Option.some(place),
        until.map(end -> new Suspended(cut.provider(), effective, end)));
  }

  private static Decided refused(Cut cut, Delay delay, Rule rule) {
    return new Decided(
        result(cut, delay, RequestStatus.REFUSED, Option.none(), rule),
        Option.none(),
        Option.none());
  }

  private static RequestResult result(
      Cut cut, Delay delay, RequestStatus status, Option<LocalDate> effective, Rule rule) {
    LocalDate due = delay.due(cut.received());
    return new RequestResult(
        cut.id(),
        status,
        0,
        0,
        due,
        delay.late(due, cut.answeredOn()),
        Option.none(),
        effective,
        Option.some(rule));
  }
}
