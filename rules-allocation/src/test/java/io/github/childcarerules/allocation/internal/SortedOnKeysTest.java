package io.github.childcarerules.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.NaturalOrder;
import io.github.childcarerules.allocation.RequestResult;
import io.github.childcarerules.allocation.RequestStatus;
import io.github.childcarerules.allocation.internal.Reading.Ask;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The register's queues and the letters, sorted on numbers when their ids allow it, come in the
 * very order of their comparators ({@link Ask#CHRONOLOGICAL}, {@link Letter#ORDER}), whatever the
 * ids and dates.
 */
class SortedOnKeysTest {
  @Property(tries = 300)
  void eachQueueOfTheRegisterIsInChronologicalOrder(@ForAll("asks") java.util.List<Ask> asks) {
    Register register = new Register(asks);

    for (String sector : java.util.List.of("A", "B")) {
      for (RequestType type : java.util.List.of(RequestType.INCREASE, RequestType.OBTENTION)) {
        java.util.List<Ask> expected = new ArrayList<>();
        asks.stream()
            .filter(ask -> ask.sector().equals(sector) && ask.type() == type)
            .sorted(Ask.CHRONOLOGICAL)
            .forEach(expected::add);
        for (boolean temporary : new boolean[] {false, true}) {
          assertThat(register.queue(sector, type, temporary)).containsExactlyElementsOf(expected);
        }
      }
    }
    assertThat(register.queue("C", RequestType.INCREASE, false)).isEmpty();
  }

  @Property(tries = 300)
  void requestResultsAreSortedByIdInNaturalOrder(@ForAll("requestIds") java.util.List<String> ids) {
    java.util.List<RequestResult> results = new ArrayList<>();
    for (String id : ids) {
      results.add(
          new RequestResult(
              id,
              RequestStatus.WAITING,
              0,
              1,
              LocalDate.of(2016, 1, 1),
              false,
              Option.none(),
              Option.none(),
              Option.none()));
    }
    java.util.List<RequestResult> expected = new ArrayList<>(results);
    expected.sort((a, b) -> NaturalOrder.IDS.compare(a.id(), b.id()));

    Engine.sortById(results);

    assertThat(results).containsExactlyElementsOf(expected);
  }

  /** Distinct ids, in order or not, as the requests of a scenario are. */
  @Provide
  Arbitrary<java.util.List<String>> requestIds() {
    Arbitrary<java.util.List<String>> any = ids("R").list().uniqueElements().ofMaxSize(40);
    return Arbitraries.oneOf(
        any,
        any.map(
            list -> {
              java.util.List<String> sorted = new ArrayList<>(list);
              sorted.sort(NaturalOrder.IDS);
              return sorted;
            }));
  }

  @Property(tries = 300)
  void lettersAreSortedInTheirOrder(@ForAll("letters") java.util.List<Letter> letters) {
    java.util.List<Letter> expected = new ArrayList<>(letters);
    expected.sort(Letter.ORDER);
    java.util.List<Letter> sorted = new ArrayList<>(letters);

    Engine.sortLetters(sorted);

    assertThat(sorted).containsExactlyElementsOf(expected);
  }

  /**
   * Ids mostly of one shape ({@code R12}, numbers up to and past what a key holds), sometimes of
   * others, so that both ways are taken.
   */
  private static Arbitrary<String> ids(String prefix) {
    Arbitrary<Long> numbers =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 60),
            Arbitraries.longs().between(0, 1L << 41),
            Arbitraries.of(
                0L, (1L << 28) - 1, 1L << 28, (1L << 32) - 1, 1L << 32, (1L << 40) - 1, 1L << 40));
    Arbitrary<String> usual = numbers.map(number -> prefix + number);
    Arbitrary<String> other =
        Arbitraries.of(prefix + "07", "X5", prefix + "1a", "9", prefix, prefix + "-3");
    return Arbitraries.oneOf(usual, usual, usual, usual, usual, usual, other);
  }

  @Provide
  Arbitrary<java.util.List<Ask>> asks() {
    Arbitrary<LocalDate> days =
        Arbitraries.oneOf(
            Arbitraries.integers()
                .between(0, 40)
                .map(day -> LocalDate.of(2015, 1, 1).plusDays(day)),
            Arbitraries.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31)));
    Arbitrary<Ask> ask =
        Combinators.combine(
                ids("R"),
                Arbitraries.of(RequestType.INCREASE, RequestType.OBTENTION),
                Arbitraries.of("A", "B"),
                days)
            .as(
                (id, type, sector, received) ->
                    new Ask(id, type, "P1", sector, received, 1, Option.none(), 0));
    return ask.list().ofMaxSize(40).map(SortedOnKeysTest::uniqueIds);
  }

  /**
   * The register's requests have distinct ids (the scenario checks see to it), each at its index.
   */
  private static java.util.List<Ask> uniqueIds(java.util.List<Ask> asks) {
    Map<String, Ask> byId = new LinkedHashMap<>();
    asks.forEach(ask -> byId.putIfAbsent(ask.id(), ask));
    java.util.List<Ask> unique = new ArrayList<>();
    for (Ask ask : byId.values()) {
      unique.add(
          new Ask(
              ask.id(),
              ask.type(),
              ask.provider(),
              ask.sector(),
              ask.received(),
              ask.places(),
              ask.answeredOn(),
              unique.size()));
    }
    return unique;
  }

  @Provide
  Arbitrary<java.util.List<Letter>> letters() {
    Arbitrary<Letter> letter =
        Combinators.combine(ids("P"), ids("R"), Arbitraries.of(LetterKind.class))
            .as(
                (provider, request, kind) ->
                    new Letter(
                        provider,
                        request,
                        kind,
                        LocalDate.of(2016, 1, 1),
                        Rule.ALLOC_BOARD_DECISION,
                        List.empty()));
    return letter.list().ofMaxSize(40);
  }
}
