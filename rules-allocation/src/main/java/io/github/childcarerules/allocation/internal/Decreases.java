package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.internal.ScenarioView.DecreaseView;
import io.github.childcarerules.allocation.internal.ScenarioView.Place;
import io.github.childcarerules.allocation.scenario.DecreaseReason;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;

/**
 * {@code DECREASE} requests (POL "Places retournées"; RULES.md §9 "Requests"): the date each takes
 * effect after the law's notice, the suspensions refused for lasting 12 months or more, and the
 * free batch of returned places each granted one becomes.
 */
final class Decreases {
  private static final Period NOTICE = Rule.ALLOC_DECREASE_NOTICE.limit().get();
  private static final Period LONGEST_SUSPENSION = Rule.SUSPENSION_TOO_LONG.limit().get();

  private Decreases() {}

  /** What the run decides for {@code decrease}, adding its batch to {@code places} if granted. */
  static RequestResult decide(DecreaseView decrease, Delay delay, java.util.List<Place> places) {
    LocalDate notice = decrease.received().plus(NOTICE);
    boolean noticeNeeded =
        decrease.reason() != DecreaseReason.RATIO_DECREASE
            && !(decrease.reason() == DecreaseReason.SUSPENSION && decrease.emergency());
    LocalDate effective =
        noticeNeeded && decrease.requested().isBefore(notice) ? notice : decrease.requested();
    Option<LocalDate> until = Option.none();
    if (decrease.reason() == DecreaseReason.SUSPENSION) {
      until = decrease.until();
      if (!until.get().isBefore(effective.plus(LONGEST_SUSPENSION))) {
        return result(
            decrease, delay, RequestStatus.REFUSED, Option.none(), Rule.SUSPENSION_TOO_LONG);
      }
    }
    places.add(
        new Place(
            decrease.id(),
            decrease.places(),
            decrease.sector(),
            effective,
            until,
            Origin.RETURNED,
            Option.none()));
    return result(
        decrease, delay, RequestStatus.GRANTED, Option.some(effective), Rule.ALLOC_DECREASE_NOTICE);
  }

  private static RequestResult result(
      DecreaseView decrease,
      Delay delay,
      RequestStatus status,
      Option<LocalDate> effective,
      Rule rule) {
    LocalDate due = delay.due(decrease.received());
    return new RequestResult(
        decrease.id(),
        status,
        0,
        0,
        due,
        delay.late(due, decrease.answeredOn()),
        Option.none(),
        effective,
        Option.some(rule));
  }
}
