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
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigDecimal;

/** Short builders of scenario parts for the tests. */
final class Given {
  static final Offer EVERY_AGE =
      Offer.of(List.of("MONTHS_0_17", "MONTHS_18_59", "SCHOOL_AGE"), List.empty(), List.empty());

  private Given() {}

  static Sector sector(String name, long children, long places, long parentNeeds) {
    return Sector.of(name, children, places, parentNeeds);
  }

  static Batch free(String id, int places, String sector, String availableOn) {
    return Batch.builder()
        .id(id)
        .places(places)
        .sector(sector)
        .availableOn(availableOn)
        .kind("PERMANENT")
        .status("FREE")
        .origin("RETURNED")
        .build();
  }

  static Batch used(String id, int places, String sector, String availableOn, ChildProfile child) {
    return Batch.builder()
        .id(id)
        .places(places)
        .sector(sector)
        .availableOn(availableOn)
        .kind("PERMANENT")
        .status("USED")
        .origin("RETURNED")
        .child(child)
        .build();
  }

  static ChildProfile child(int ageMonths, List<String> needs, List<String> characteristics) {
    return ChildProfile.of(ageMonths, needs, characteristics);
  }

  static Request increase(String id, String provider, String sector, String received, int places) {
    return request("INCREASE", id, provider, sector, received, places);
  }

  static Request obtention(String id, String provider, String sector, String received, int places) {
    return request("OBTENTION", id, provider, sector, received, places);
  }

  static Request request(
      String type, String id, String provider, String sector, String received, int places) {
    return Request.builder()
        .id(id)
        .type(type)
        .provider(provider)
        .sector(sector)
        .receivedOn(received)
        .places(places)
        .build();
  }

  static Request decrease(
      String id, String reason, String received, String requested, Option<String> until) {
    return Request.builder()
        .id(id)
        .type("DECREASE")
        .provider("RSG-D")
        .sector("S")
        .receivedOn(received)
        .places(2)
        .reason(reason)
        .requestedDate(requested)
        .until(until)
        .build();
  }

  static Provider provider(String id, String sector, Offer offer, Answers answers) {
    return Provider.builder().id(id).sector(sector).offer(offer).answers(answers).build();
  }

  static Provider conforming(String id, String sector, int placesWanted) {
    return provider(id, sector, EVERY_AGE, Answers.conforming(placesWanted));
  }

  static Provider unanswered(String id, String sector) {
    return Provider.builder().id(id).sector(sector).offer(EVERY_AGE).build();
  }

  /** Conforming answers except for the named fields. */
  static Answers answers(boolean maintains, int wanted, boolean keeps, String... failing) {
    List<String> failed = List.of(failing);
    return Answers.builder()
        .maintainsRequest(maintains)
        .placesWanted(BigDecimal.valueOf(wanted))
        .keepsRequest(keeps)
        .engagementFormsOnFile(!failed.contains("engagementFormsOnFile"))
        .offerSuitsNeeds(!failed.contains("offerSuitsNeeds"))
        .commitmentMatchesAgreements(!failed.contains("commitmentMatchesAgreements"))
        .tenHourWeekdays(!failed.contains("tenHourWeekdays"))
        .meetsPlaceNeeds(!failed.contains("meetsPlaceNeeds"))
        .build();
  }

  static Sector sector(String name, long children, long places, long installations, long needs) {
    return Sector.of(name, children, places, installations, needs);
  }

  /** The board's decision on {@code request}'s recommendation for {@code batch}, on 2016-06-15. */
  static BoardDecision board(String batch, String request, boolean authorized) {
    return BoardDecision.of(batch, request, authorized, "2016-06-15");
  }

  /** A recommendation whose board decision is awaited, from a permanent batch. */
  static Allocation pending(String request, String provider, int places) {
    return new Allocation(request, provider, places, Option.none(), false);
  }

  /** A recommendation the board authorized, from a permanent batch. */
  static Allocation authorized(String request, String provider, int places) {
    return new Allocation(request, provider, places, Option.none(), true);
  }

  /** A provider with answers for every offer and, for some batches, answers of their own. */
  static Provider provider(
      String id, String sector, Answers answers, Map<String, Answers> answersByBatch) {
    return Provider.builder()
        .from(provider(id, sector, EVERY_AGE, answers))
        .answersByBatch(answersByBatch)
        .build();
  }

  /** A provider with answers for some batches only. */
  static Provider byBatch(String id, String sector, Map<String, Answers> answersByBatch) {
    return Provider.builder()
        .id(id)
        .sector(sector)
        .offer(EVERY_AGE)
        .answersByBatch(answersByBatch)
        .build();
  }

  static Scenario.Builder scenario() {
    return (Scenario.Builder) Scenario.builder().asOf("2016-03-01");
  }

  static AllocationResult allocate(Scenario scenario) {
    var outcome = Allocator.allocate(scenario);
    if (outcome.isInvalid()) {
      throw new AssertionError("invalid scenario: " + outcome.getError().violations());
    }
    return outcome.get();
  }

  /** The trail as "EVENT request" words, for compact assertions. */
  static List<String> words(BatchResult batch) {
    return batch.trail().map(Given::word);
  }

  private static String word(TrailEvent event) {
    String word = event.event();
    if (event.request().isDefined()) {
      word += " " + event.request().get();
    }
    if (event instanceof TrailEvent.SectorLeft left) {
      word += " " + left.to() + " " + left.coverage();
    }
    return word;
  }
}
