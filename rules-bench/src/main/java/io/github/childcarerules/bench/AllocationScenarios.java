package io.github.childcarerules.bench;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.BatchResult;
import io.github.childcarerules.allocation.TrailEvent;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.ChildProfile;
import io.github.childcarerules.allocation.scenario.LetterSent;
import io.github.childcarerules.allocation.scenario.Offer;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.SplittableRandom;

/**
 * A large register, generated deterministically (fixed seed): batches against requests over 50
 * sectors with home and installation places, with a realistic mix of providers' answers (most
 * conforming, some not maintained, some failing a check, a few not reached yet; one provider in ten
 * answers one offer differently), offers and used places; {@link #decided} adds the board's
 * decisions on half of the recommendations of a first run, {@link #followed} authorizes them all
 * and sends every letter on its due date.
 */
final class AllocationScenarios {
  static final int SECTORS = 50;
  private static final LocalDate FIRST_RECEIPT = LocalDate.of(2010, 1, 1);
  private static final LocalDate FIRST_BATCH = LocalDate.of(2016, 1, 4);

  private AllocationScenarios() {}

  static Scenario register(int batches, int requests, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Scenario.Builder scenario = Scenario.builder().asOf("2016-03-01");
    for (int s = 0; s < SECTORS; s++) {
      // one sector in ten has no identified need: its places leave it
      scenario.addSectors(
          Sector.of(
              "S" + s,
              100 + random.nextInt(400),
              random.nextInt(200),
              random.nextInt(100),
              s % 10 == 0 ? 0 : 1 + random.nextInt(6)));
    }
    int providers = requests / 2;
    java.util.List<Provider> providerList = new ArrayList<>(providers);
    for (int p = 0; p < providers; p++) {
      providerList.add(provider("P" + p, "S" + random.nextInt(SECTORS), random, batches));
    }
    scenario.providers(List.ofAll(providerList));
    java.util.List<Request> requestList = new ArrayList<>(requests);
    for (int r = 0; r < requests; r++) {
      int provider = random.nextInt(providers);
      requestList.add(
          Request.builder()
              .id("R" + r)
              .type(random.nextInt(10) < 8 ? "INCREASE" : "OBTENTION")
              .provider("P" + provider)
              .sector(providerList.get(provider).sector().get())
              .receivedOn(FIRST_RECEIPT.plusDays(random.nextInt(2000)).toString())
              .places(1 + random.nextInt(3))
              .build());
    }
    scenario.requests(List.ofAll(requestList));
    java.util.List<Batch> batchList = new ArrayList<>(batches);
    for (int b = 0; b < batches; b++) {
      boolean used = random.nextInt(5) == 0;
      Batch.Builder batch =
          Batch.builder()
              .id("B" + b)
              .places(1 + random.nextInt(4))
              .sector("S" + random.nextInt(SECTORS))
              .availableOn(FIRST_BATCH.plusDays(random.nextInt(365)).toString())
              .kind("PERMANENT")
              .status(used ? "USED" : "FREE")
              .origin(used ? "WITHDRAWN" : "RETURNED");
      if (used) {
        batch.child(
            ChildProfile.of(
                random.nextInt(72),
                random.nextInt(4) == 0 ? List.of("ATYPICAL_HOURS") : List.empty(),
                random.nextInt(6) == 0 ? List.of("ALLERGY") : List.empty()));
      }
      batchList.add(batch.build());
    }
    return scenario.batches(List.ofAll(batchList)).build();
  }

  /**
   * The scenario with the board's decisions on every second recommendation of a first run: three in
   * four authorized, one in four refused.
   */
  static Scenario decided(Scenario scenario) {
    AllocationResult first = Allocator.allocate(scenario).get();
    java.util.List<BoardDecision> decisions = new ArrayList<>();
    int n = 0;
    for (BatchResult batch : first.batches()) {
      for (TrailEvent event : batch.trail()) {
        if (event instanceof TrailEvent.Recommended recommended && n++ % 2 == 0) {
          decisions.add(
              BoardDecision.of(batch.id(), recommended.requestId(), n % 8 != 1, "2016-06-15"));
        }
      }
    }
    return Scenario.builder().from(scenario).boardDecisions(List.ofAll(decisions)).build();
  }

  /**
   * The scenario as an office that follows the policy leaves it: the board authorized every
   * recommendation of a first run, for the places recommended, and every letter the run lists was
   * sent on its due date.
   */
  static Scenario followed(Scenario scenario) {
    AllocationResult first = Allocator.allocate(scenario).get();
    java.util.List<BoardDecision> decisions = new ArrayList<>();
    for (BatchResult batch : first.batches()) {
      for (Allocation allocation : batch.allocations()) {
        decisions.add(BoardDecision.of(batch.id(), allocation.request(), true, "2016-06-15"));
      }
    }
    Scenario decided =
        Scenario.builder().from(scenario).boardDecisions(List.ofAll(decisions)).build();
    List<LetterSent> letters =
        Allocator.allocate(decided)
            .get()
            .letters()
            .map(letter -> LetterSent.of(letter.request(), letter.letter().name(), letter.due()));
    return Scenario.builder().from(decided).lettersSent(letters).build();
  }

  private static Provider provider(String id, String sector, SplittableRandom random, int batches) {
    List<String> groups =
        switch (random.nextInt(4)) {
          case 0 -> List.of("MONTHS_0_17", "MONTHS_18_59");
          case 1 -> List.of("MONTHS_18_59");
          case 2 -> List.of("MONTHS_18_59", "SCHOOL_AGE");
          default -> List.of("MONTHS_0_17", "MONTHS_18_59", "SCHOOL_AGE");
        };
    Offer offer =
        Offer.of(
            groups,
            random.nextInt(3) == 0 ? List.of("ATYPICAL_HOURS") : List.empty(),
            random.nextInt(3) == 0 ? List.of("ALLERGY") : List.empty());
    Provider.Builder provider = Provider.builder().id(id).sector(sector).offer(offer);
    int roll = random.nextInt(100);
    if (roll == 0) {
      return provider.build(); // not reached yet
    }
    Answers.Builder answers = Answers.builder().from(Answers.conforming(1 + random.nextInt(3)));
    if (roll < 15) {
      answers.maintainsRequest(false).placesWanted(BigDecimal.ZERO).keepsRequest(roll % 2 == 0);
    } else if (roll < 30) {
      answers.tenHourWeekdays(false).keepsRequest(roll % 2 == 0);
    }
    if (random.nextInt(10) == 0) {
      // this offer does not suit it: it declines it and keeps its request
      provider.putAnswersByBatch(
          "B" + random.nextInt(batches),
          Answers.builder()
              .from(answers.build())
              .maintainsRequest(false)
              .placesWanted(BigDecimal.ZERO)
              .keepsRequest(true)
              .build());
    }
    return provider.answers(answers.build()).build();
  }
}
