package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * An allocation scenario read straight from a parser's tokens into the model, without a tree: the
 * fast way of {@link ScenarioMapping}, in the manner of {@link RecordTokens} for records. It reads
 * only what a well-formed scenario holds, each value of the JSON type FORMAT.md expects; at the
 * first token it does not expect (a value of the wrong type, a name given twice in one object, a
 * number the reference refuses, content after the scenario, a parse error, a bound exceeded) it
 * gives up with {@link Detour}, and {@link ScenarioDocuments} reads the same bytes again the
 * reference way ({@link JsonRecords#readScenario}), which says exactly what is wrong and where. So
 * a scenario read here is the scenario the reference way reads (ScenarioTokensTest and
 * ScenarioTokensPropertiesTest compare both).
 */
final class ScenarioTokens extends TokenReader {
  private ScenarioTokens(JsonParser parser) {
    super(parser, true); // answers by batch name every batch
  }

  /**
   * The scenario of the parser's whole input.
   *
   * @throws Detour if the input is anything but a well-formed scenario with values of the expected
   *     types, followed by nothing
   * @throws IOException if the parser fails (the reference way then reports why)
   */
  static Scenario read(JsonParser parser) throws IOException {
    return new ScenarioTokens(parser).scenario();
  }

  private Scenario scenario() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw Detour.INSTANCE;
    }
    Scenario.Builder scenario = Scenario.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "asOf" -> scenario.asOf(text(value));
        case "sectors" -> scenario.sectors(list(value, this::sector, NO_SECTOR));
        case "batches" -> scenario.batches(list(value, this::batch, NO_BATCH));
        case "requests" -> scenario.requests(list(value, this::request, NO_REQUEST));
        case "providers" -> scenario.providers(list(value, this::provider, NO_PROVIDER));
        case "sectorOrder" -> scenario.sectorOrder(texts(value));
        case "boardDecisions" ->
            scenario.boardDecisions(list(value, this::boardDecision, NO_BOARD_DECISION));
        case "analyst" -> scenario.analyst(text(value));
        case "ministerialPriorities" -> scenario.ministerialPriorities(texts(value));
        case "lettersSent" -> scenario.lettersSent(list(value, this::letterSent, NO_LETTER_SENT));
        default -> skip(value);
      }
    }
    if (parser.nextToken() != null) {
      throw Detour.INSTANCE;
    }
    return scenario.build();
  }

  private Sector sector() throws IOException {
    Sector.Builder sector = Sector.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "name" -> sector.name(text(value));
        case "children" -> sector.children(number(value));
        case "places" -> sector.places(number(value));
        case "parentNeeds" -> sector.parentNeeds(number(value));
        case "installationPlaces" -> sector.installationPlaces(number(value));
        default -> skip(value);
      }
    }
    return sector.build();
  }

  private Batch batch() throws IOException {
    Batch.Builder batch = Batch.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "id" -> batch.id(text(value));
        case "places" -> batch.places(number(value));
        case "sector" -> batch.sector(text(value));
        case "availableOn" -> batch.availableOn(text(value));
        case "kind" -> batch.kind(text(value));
        case "until" -> batch.until(text(value));
        case "status" -> batch.status(text(value));
        case "origin" -> batch.origin(text(value));
        case "child" -> batch.child(object(value, this::child));
        case "provider" -> batch.provider(text(value));
        default -> skip(value);
      }
    }
    return batch.build();
  }

  private ChildProfile child() throws IOException {
    ChildProfile.Builder child = ChildProfile.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "ageMonths" -> child.ageMonths(number(value));
        case "sex" -> child.sex(text(value));
        case "needs" -> child.needs(texts(value));
        case "characteristics" -> child.characteristics(texts(value));
        default -> skip(value);
      }
    }
    return child.build();
  }

  private Request request() throws IOException {
    Request.Builder request = Request.builder();
    Boolean emergency = Boolean.FALSE;
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "id" -> request.id(text(value));
        case "type" -> request.type(text(value));
        case "provider" -> request.provider(text(value));
        case "sector" -> request.sector(text(value));
        case "receivedOn" -> request.receivedOn(text(value));
        case "places" -> request.places(number(value));
        case "reason" -> request.reason(text(value));
        case "requestedDate" -> request.requestedDate(text(value));
        case "until" -> request.until(text(value));
        case "emergency" -> emergency = flag(value).getOrElse(Boolean.FALSE);
        case "answeredOn" -> request.answeredOn(text(value));
        default -> skip(value);
      }
    }
    return request.emergency(emergency).build();
  }

  private Provider provider() throws IOException {
    Provider.Builder provider = Provider.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "id" -> provider.id(text(value));
        case "sector" -> provider.sector(text(value));
        case "name" -> provider.name(text(value));
        case "address" -> provider.address(text(value));
        case "offer" -> provider.offer(object(value, this::offer));
        case "answers" -> provider.answers(object(value, this::answers));
        case "answersByBatch" -> provider.setEntriesAnswersByBatch(answersByBatch(value));
        default -> skip(value);
      }
    }
    return provider.build();
  }

  private Offer offer() throws IOException {
    Offer.Builder offer = Offer.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "ageGroups" -> offer.ageGroups(texts(value));
        case "needs" -> offer.needs(texts(value));
        case "characteristics" -> offer.characteristics(texts(value));
        default -> skip(value);
      }
    }
    return offer.build();
  }

  /** The answers by batch id, in document order; a null answers object is left out. */
  private List<Tuple2<String, Answers>> answersByBatch(@Nullable JsonToken value)
      throws IOException {
    java.util.List<Tuple2<String, Answers>> entries = new ArrayList<>();
    if (!isObject(value)) {
      return List.empty();
    }
    names.open();
    for (String batch = nextName(); batch != null; batch = nextName()) {
      if (isObject(parser.nextToken())) {
        entries.add(Tuple.of(batch, answers()));
      }
    }
    return List.ofAll(entries);
  }

  private Answers answers() throws IOException {
    Answers.Builder answers = Answers.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "maintainsRequest" -> answers.maintainsRequest(flag(value));
        case "placesWanted" -> answers.placesWanted(number(value));
        case "keepsRequest" -> answers.keepsRequest(flag(value));
        case "engagementFormsOnFile" -> answers.engagementFormsOnFile(flag(value));
        case "offerSuitsNeeds" -> answers.offerSuitsNeeds(flag(value));
        case "commitmentMatchesAgreements" -> answers.commitmentMatchesAgreements(flag(value));
        case "tenHourWeekdays" -> answers.tenHourWeekdays(flag(value));
        case "meetsPlaceNeeds" -> answers.meetsPlaceNeeds(flag(value));
        case "tenHourOfferPlannedOn" -> answers.tenHourOfferPlannedOn(text(value));
        case "complaintsOnFile" -> answers.complaintsOnFile(flag(value));
        case "complaintDetails" -> answers.complaintDetails(text(value));
        case "followUp" -> answers.followUp(text(value));
        default -> skip(value);
      }
    }
    return answers.build();
  }

  private BoardDecision boardDecision() throws IOException {
    BoardDecision.Builder decision = BoardDecision.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "batch" -> decision.batch(text(value));
        case "request" -> decision.request(text(value));
        case "authorized" -> decision.authorized(flag(value));
        case "on" -> decision.on(text(value));
        case "confirmationSentOn" -> decision.confirmationSentOn(text(value));
        case "places" -> decision.places(number(value));
        case "reason" -> decision.reason(text(value));
        default -> skip(value);
      }
    }
    return decision.build();
  }

  private LetterSent letterSent() throws IOException {
    LetterSent.Builder letter = LetterSent.builder();
    names.open();
    for (String name = nextName(); name != null; name = nextName()) {
      JsonToken value = parser.nextToken();
      switch (name) {
        case "request" -> letter.request(text(value));
        case "letter" -> letter.letter(text(value));
        case "sentOn" -> letter.sentOn(text(value));
        default -> skip(value);
      }
    }
    return letter.build();
  }

  private static final Sector NO_SECTOR = Sector.builder().build();
  private static final Batch NO_BATCH = Batch.builder().build();
  private static final Request NO_REQUEST = Request.builder().build();
  private static final Provider NO_PROVIDER = Provider.builder().build();
  private static final BoardDecision NO_BOARD_DECISION = BoardDecision.builder().build();
  private static final LetterSent NO_LETTER_SENT = LetterSent.builder().build();

  /** The strings of an array, none of them null; a null array is empty. */
  private List<String> texts(@Nullable JsonToken value) throws IOException {
    if (!isArray(value)) {
      return List.empty();
    }
    java.util.List<String> texts = new ArrayList<>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      texts.add(parser.getText());
    }
    if (parser.currentToken() != JsonToken.END_ARRAY) {
      throw Detour.INSTANCE;
    }
    return List.ofAll(texts);
  }

  /**
   * A number exactly as written, none for null; any other type, a number {@link BigDecimal} cannot
   * hold and one beyond {@link Node#MAX_NUMBER} (which the reference way refuses) are a detour.
   */
  private Option<BigDecimal> number(@Nullable JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return Option.none();
    }
    if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Detour.INSTANCE;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(parser.getText());
    } catch (NumberFormatException e) {
      throw Detour.INSTANCE;
    }
    if (number.abs().compareTo(Node.MAX_NUMBER) > 0) {
      throw Detour.INSTANCE;
    }
    return Option.some(number);
  }
}
