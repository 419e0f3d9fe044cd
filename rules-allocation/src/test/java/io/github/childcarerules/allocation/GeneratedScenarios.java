package io.github.childcarerules.allocation;

import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Allocation scenarios for the audit's properties, generated here rather than by the testkit (which
 * depends on this module): 1 to 3 sectors (some with no parent need, coverage on both sides of 70
 * %, sometimes the analyst's sectorOrder), up to 6 providers with offers and answers of every kind
 * (conforming, ten hours planned in annex 2, not maintained, failing a check, kept or not, not
 * reached yet), for every offer and for some batches their own, up to 12 requests (increase,
 * obtention, decreases of each reason) received over two months, up to 6 batches of 1 to 3 places
 * (free or used by a child of any profile, permanent or temporary, some from a provider), and board
 * decisions on some pairs. Each scenario is read off a list of numbers, so that jqwik shrinks it by
 * shrinking the numbers toward 0: fewer sectors, providers, requests and batches, conforming
 * answers.
 */
final class GeneratedScenarios {
  private static final LocalDate FIRST_RECEIPT = LocalDate.of(2015, 1, 1);
  private static final LocalDate FIRST_BATCH = LocalDate.of(2016, 1, 4);
  private static final List<String> AGE_GROUPS =
      List.of("MONTHS_0_17", "MONTHS_18_59", "SCHOOL_AGE");
  private static final List<String> REASONS =
      List.of("RATIO_DECREASE", "END_OF_RECOGNITION", "SUSPENSION");

  private GeneratedScenarios() {}

  /** Scenarios of every kind that pass the checks. */
  static Arbitrary<Scenario> valid() {
    return generate(false);
  }

  /** Like {@link #valid()}, but every provider has answered every offer: no batch waits. */
  static Arbitrary<Scenario> answered() {
    return generate(true);
  }

  private static Arbitrary<Scenario> generate(boolean answered) {
    return Arbitraries.integers()
        .between(0, 9_999)
        .list()
        .ofSize(320)
        .map(numbers -> scenario(new Tape(numbers), answered))
        .filter(scenario -> Allocator.check(scenario).isValid());
  }

  /** The choices of one scenario, read in order; past its end every choice is 0. */
  private static final class Tape {
    private final java.util.List<Integer> numbers;
    private int next;

    Tape(java.util.List<Integer> numbers) {
      this.numbers = numbers;
    }

    /** A number from 0 to {@code bound - 1}. */
    int next(int bound) {
      return next < numbers.size() ? numbers.get(next++) % bound : 0;
    }
  }

  private static Scenario scenario(Tape tape, boolean answered) {
    Scenario.Builder scenario =
        (Scenario.Builder) Scenario.builder().asOf(FIRST_RECEIPT.plusDays(60 + tape.next(400)));
    int sectors = 1 + tape.next(3);
    for (int s = 0; s < sectors; s++) {
      scenario.addSectors(
          Sector.of(
              "S" + s,
              tape.next(5) == 4 ? 0 : 1 + tape.next(40),
              tape.next(41),
              tape.next(11),
              tape.next(3)));
    }
    if (tape.next(3) == 2) {
      Set<String> order = new java.util.LinkedHashSet<>();
      for (int k = 1 + tape.next(3); k > 0; k--) {
        order.add("S" + tape.next(sectors));
      }
      scenario.sectorOrder(List.ofAll(order));
    }
    int batches = tape.next(7);
    int providers = 1 + tape.next(6);
    java.util.List<String> providerSectors = new ArrayList<>();
    for (int p = 0; p < providers; p++) {
      String sector = "S" + tape.next(sectors);
      providerSectors.add(sector);
      scenario.addProviders(provider(tape, "P" + p, sector, batches, answered));
    }
    java.util.List<String> offers = new ArrayList<>();
    java.util.List<String> answerable = new ArrayList<>();
    for (int r = tape.next(13) - 1; r >= 0; r--) {
      String id = "R" + (answerable.size() + offers.size());
      int provider = tape.next(providers);
      String sector = tape.next(5) == 4 ? "S" + tape.next(sectors) : providerSectors.get(provider);
      Request request = request(tape, id, "P" + provider, sector);
      (request.type().contains("DECREASE") ? offers : answerable).add(id);
      scenario.addRequests(request);
    }
    for (int b = 0; b < batches; b++) {
      scenario.addBatches(batch(tape, "B" + b, "S" + tape.next(sectors), providers));
      offers.add("B" + b);
    }
    Set<String> decided = new HashSet<>();
    for (int d = tape.next(9); d > 0 && !offers.isEmpty() && !answerable.isEmpty(); d--) {
      String batch = offers.get(tape.next(offers.size()));
      String request = answerable.get(tape.next(answerable.size()));
      boolean authorized = tape.next(3) != 2;
      LocalDate on = FIRST_BATCH.plusDays(tape.next(61));
      if (decided.add(batch + " " + request)) {
        scenario.addBoardDecisions(BoardDecision.of(batch, request, authorized, on));
      }
    }
    return scenario.build();
  }

  private static Provider provider(
      Tape tape, String id, String sector, int batches, boolean answered) {
    List<String> groups = subset(tape, AGE_GROUPS);
    Offer offer =
        Offer.of(
            groups.isEmpty() ? AGE_GROUPS : groups,
            tape.next(3) == 2 ? List.of("ATYPICAL_HOURS") : List.empty(),
            tape.next(3) == 2 ? List.of("ALLERGY") : List.empty());
    boolean keeps = tape.next(2) == 0;
    int wanted = 1 + tape.next(3);
    // 0-3 conforming, 4 not maintained, 5 failing a check, 6 ten hours planned, 7 not reached yet
    int kind = tape.next(8);
    Provider.Builder provider =
        (Provider.Builder) Provider.builder().id(id).sector(sector).offer(offer);
    answers(kind == 7 && answered ? 0 : kind, keeps, wanted).forEach(provider::answers);
    for (int b = 0; b < batches; b++) {
      // an offer answered on its own one time in three
      int own = tape.next(12);
      String batch = "B" + b;
      if (own >= 8) {
        answers(own == 11 ? 0 : own - 4, !keeps, wanted)
            .forEach(answers -> provider.putAnswersByBatch(batch, answers));
      }
    }
    return provider.build();
  }

  private static Option<Answers> answers(int kind, boolean keeps, int wanted) {
    return switch (kind) {
      case 4 -> Option.some(Given.answers(false, 0, keeps));
      case 5 -> Option.some(Given.answers(true, wanted, keeps, "offerSuitsNeeds"));
      case 6 ->
          Option.some(
              Answers.builder()
                  .from(Given.answers(true, wanted, keeps, "tenHourWeekdays"))
                  .tenHourOfferPlannedOn(FIRST_BATCH.plusDays(30).toString())
                  .build());
      case 7 -> Option.none();
      default -> Option.some(Given.answers(true, wanted, keeps));
    };
  }

  private static Request request(Tape tape, String id, String provider, String sector) {
    int type = tape.next(10);
    LocalDate received = FIRST_RECEIPT.plusDays(tape.next(61));
    Request.Builder request =
        (Request.Builder)
            Request.builder()
                .id(id)
                .provider(provider)
                .sector(sector)
                .receivedOn(received.toString())
                .places(1 + tape.next(3));
    if (type < 6) {
      return request.type("INCREASE").build();
    } else if (type < 8) {
      return request.type("OBTENTION").build();
    }
    String reason = REASONS.get(tape.next(3));
    LocalDate requested = received.plusDays(tape.next(61));
    request.type("DECREASE").reason(reason).requestedDate(requested.toString());
    request.emergency(tape.next(4) == 3);
    if (reason.equals("SUSPENSION")) {
      request.until(requested.plusDays(1 + tape.next(400)).toString());
    }
    return request.build();
  }

  private static Batch batch(Tape tape, String id, String sector, int providers) {
    LocalDate availableOn = FIRST_BATCH.plusDays(tape.next(21));
    boolean used = tape.next(3) == 2;
    boolean temporary = tape.next(4) == 3;
    Batch.Builder batch =
        (Batch.Builder)
            Batch.builder()
                .id(id)
                .places(1 + tape.next(3))
                .sector(sector)
                .availableOn(availableOn.toString())
                .kind(temporary ? "TEMPORARY" : "PERMANENT")
                .status(used ? "USED" : "FREE")
                .origin(used ? "WITHDRAWN" : "RETURNED");
    if (temporary) {
      batch.until(availableOn.plusDays(90).toString());
    }
    if (tape.next(4) == 3) {
      batch.provider("P" + tape.next(providers));
    }
    if (used) {
      batch.child(
          ChildProfile.of(
              tape.next(81),
              tape.next(3) == 2 ? List.of("ATYPICAL_HOURS") : List.empty(),
              tape.next(4) == 3 ? List.of("ALLERGY") : List.empty()));
    }
    return batch.build();
  }

  /** A subset of {@code values}, in their order. */
  private static List<String> subset(Tape tape, List<String> values) {
    return values.filter(value -> tape.next(3) != 2);
  }
}
