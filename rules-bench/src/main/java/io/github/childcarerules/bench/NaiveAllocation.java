package io.github.childcarerules.bench;

import io.github.childcarerules.allocation.NaturalOrder;
import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.Answers;
import io.github.childcarerules.allocation.scenario.Batch;
import io.github.childcarerules.allocation.scenario.Provider;
import io.github.childcarerules.allocation.scenario.Request;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.allocation.scenario.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The peer a user would write: for each batch, filter every request of the register (its sector,
 * its type, not withdrawn, not served) and sort them, then walk them, with the provider's answers
 * to that offer and the board's decisions. Same decisions on the places (no trail, no letters), but
 * each batch rescans the whole register: O(batches × requests).
 */
final class NaiveAllocation {
  private NaiveAllocation() {}

  private record Req(
      String id, String type, String provider, String sector, LocalDate received, int places) {}

  /** The total number of places given. */
  static int allocate(Scenario scenario) {
    Map<String, Provider> providers = new HashMap<>();
    scenario.providers().forEach(p -> providers.put(p.id().get(), p));
    Map<String, Sector> sectors = new HashMap<>();
    scenario.sectors().forEach(s -> sectors.put(s.name().get(), s));
    List<Req> requests = new ArrayList<>();
    for (Request r : scenario.requests()) {
      requests.add(
          new Req(
              r.id().get(),
              r.type().get(),
              r.provider().get(),
              r.sector().get(),
              LocalDate.parse(r.receivedOn().get()),
              r.places().get().intValueExact()));
    }
    List<Batch> batches = new ArrayList<>(scenario.batches().toJavaList());
    batches.sort(
        Comparator.comparing((Batch b) -> b.availableOn().get())
            .thenComparing(b -> b.id().get(), NaturalOrder.IDS));
    List<Sector> others = new ArrayList<>(sectors.values());
    others.removeIf(
        s ->
            s.children().get().signum() == 0
                || s.parentNeeds().get().signum() == 0
                || rate(s) >= 0.7);
    others.sort(
        Comparator.comparingDouble(NaiveAllocation::rate).thenComparing(s -> s.name().get()));
    Map<String, Boolean> board = new HashMap<>();
    scenario
        .boardDecisions()
        .forEach(d -> board.put(d.batch().get() + " " + d.request().get(), d.authorized().get()));
    Set<String> failed = new HashSet<>();
    Map<String, Integer> granted = new HashMap<>();
    Map<String, Integer> grantedPermanent = new HashMap<>();
    int total = 0;
    for (Batch batch : batches) {
      int left = batch.places().get().intValueExact();
      boolean used = batch.status().contains("USED");
      boolean temporary = batch.kind().contains("TEMPORARY");
      Sector own = sectors.get(batch.sector().get());
      List<String> searched = new ArrayList<>();
      // used places never leave their sector: the child who occupies them is one of its needs
      if (used || own == null || own.parentNeeds().get().signum() > 0) {
        searched.add(batch.sector().get());
      } else {
        others.forEach(s -> searched.add(s.name().get()));
      }
      boolean stopped = false;
      for (String sector : searched) {
        for (String type : used ? List.of("INCREASE") : List.of("INCREASE", "OBTENTION")) {
          List<Req> candidates = new ArrayList<>();
          for (Req r : requests) {
            if (r.sector().equals(sector) && r.type().equals(type) && !failed.contains(r.id())) {
              candidates.add(r);
            }
          }
          candidates.sort(
              Comparator.comparing(Req::received).thenComparing(Req::id, NaturalOrder.IDS));
          for (Req r : candidates) {
            if (left == 0 || stopped) {
              break;
            }
            // temporary places do not settle a request: a permanent batch counts permanent ones
            int already = (temporary ? granted : grantedPermanent).getOrDefault(r.id(), 0);
            if (already >= r.places()) {
              continue;
            }
            Provider provider = providers.get(r.provider());
            if (batch.provider().contains(r.provider())) {
              continue; // places never go back to the provider they came from
            }
            if (used && !matches(provider, batch)) {
              continue;
            }
            var offered =
                provider.answersByBatch().get(batch.id().get()).orElse(provider.answers());
            if (offered.isEmpty()) {
              stopped = true;
              break;
            }
            Answers answers = offered.get();
            boolean conform = true;
            for (int i = 0; i < Answers.CONFORMITY.size(); i++) {
              conform &=
                  answers.conformity().get(i).get()
                      || i == 3 && answers.tenHourOfferPlannedOn().isDefined();
            }
            if (!answers.maintainsRequest().get() || !conform) {
              if (!answers.keepsRequest().get()) {
                failed.add(r.id());
              }
              continue;
            }
            int given =
                Math.min(
                    answers.placesWanted().get().intValueExact(),
                    Math.min(r.places() - already, left));
            if (Boolean.FALSE.equals(board.get(batch.id().get() + " " + r.id()))) {
              failed.add(r.id());
              continue;
            }
            granted.merge(r.id(), given, Integer::sum);
            if (!temporary) {
              grantedPermanent.merge(r.id(), given, Integer::sum);
            }
            left -= given;
            total += given;
          }
        }
        if (left == 0 || stopped) {
          break;
        }
      }
    }
    return total;
  }

  private static double rate(Sector s) {
    return (s.places().get().doubleValue()
            + s.installationPlaces().map(p -> p.doubleValue()).getOrElse(0.0))
        / s.children().get().doubleValue();
  }

  private static boolean matches(Provider provider, Batch batch) {
    var child = batch.child().get();
    var offer = provider.offer().get();
    return offer.ageGroups().contains(AgeGroup.ofMonths(child.ageMonths().get().intValue()).name())
        && offer.needs().containsAll(child.needs())
        && offer.characteristics().containsAll(child.characteristics());
  }
}
