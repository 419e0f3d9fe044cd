package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.json.ProviderPlaces;
import io.github.childcarerules.occupation.places.PlaceEntry;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The input documents written back (FORMAT.md "Record", "Allocation scenario", "Unoccupied
 * places"), the inverse of {@link RecordMapping}, {@link ScenarioMapping} and {@link
 * PlacesDocuments}: every field of the contract, in its order, an absent value as {@code null},
 * strings as entered, numbers exactly as held ({@code 2.50} stays {@code 2.50}), so that reading
 * the document gives the same value.
 */
public final class InputJson {
  private static final JsonNodeFactory NODES = Jackson.NODES;

  private InputJson() {}

  /**
   * A record.
   *
   * @param record the record, its entered values as they are
   * @return FORMAT.md's record document, indented
   */
  public static String record(ParentChildRecord record) {
    return ReportJson.document(recordNode(record));
  }

  /**
   * An allocation scenario.
   *
   * @param scenario the scenario
   * @return FORMAT.md's "Allocation scenario" document, indented
   */
  public static String scenario(Scenario scenario) {
    return ReportJson.document(scenarioNode(scenario));
  }

  /**
   * A provider's places and records.
   *
   * @param places the provider's places and the records of its children
   * @return FORMAT.md's places document, indented
   */
  public static String places(ProviderPlaces places) {
    ObjectNode node = NODES.objectNode();
    ArrayNode entries = node.putArray("places");
    places.places().forEach(entry -> place(entries.addObject(), entry));
    ArrayNode records = node.putArray("records");
    places.records().forEach(record -> records.add(recordNode(record)));
    return ReportJson.document(node);
  }

  private static void place(ObjectNode node, PlaceEntry entry) {
    node.put("from", entry.days().startInclusive().toString())
        .put("to", entry.days().endInclusive().map(LocalDate::toString).getOrNull())
        .put("count", entry.count());
  }

  private static ObjectNode recordNode(ParentChildRecord record) {
    ObjectNode node = NODES.objectNode();
    node.set("child", optional(record.child(), InputJson::child));
    node.set("responsible", optional(record.responsible(), InputJson::person));
    node.set("otherResponsible", optional(record.otherResponsible(), InputJson::person));
    node.set("parent", optional(record.parent(), InputJson::person));
    node.set("address", optional(record.address(), InputJson::address));
    ObjectNode brackets = node.putObject("ageBrackets");
    record.ageBrackets().forEach(bracket -> brackets.put(bracket._1, bracket._2));
    node.set("cisssPeriods", list(record.cisssPeriods(), InputJson::period));
    node.set("ecpPeriods", list(record.ecpPeriods(), InputJson::period));
    node.set("disabilityPeriods", list(record.disabilityPeriods(), InputJson::period));
    node.set("transitionalMeasure", optional(record.transitionalMeasure(), InputJson::period));
    node.set("agreements", list(record.agreements(), InputJson::agreement));
    node.set(
        "serviceOffer",
        optional(
            record.serviceOffer(),
            offer ->
                NODES
                    .objectNode()
                    .put("cisssReservationConvention", offer.cisssReservationConvention())));
    return node;
  }

  private static JsonNode child(Child child) {
    ObjectNode node = NODES.objectNode();
    text(node, "lastName", child.lastName());
    text(node, "firstName", child.firstName());
    text(node, "sex", child.sex());
    text(node, "birthDate", child.birthDate());
    text(node, "nirec", child.nirec());
    text(node, "necsg", child.necsg());
    flag(node, "bornOutsideQuebec", child.bornOutsideQuebec());
    return node;
  }

  private static JsonNode person(Person person) {
    ObjectNode node = NODES.objectNode();
    text(node, "lastName", person.lastName());
    text(node, "firstName", person.firstName());
    text(node, "role", person.role());
    return node;
  }

  private static JsonNode address(Address address) {
    ObjectNode node = NODES.objectNode();
    text(node, "civicNumber", address.civicNumber());
    text(node, "civicSuffix", address.civicSuffix());
    text(node, "street", address.street());
    text(node, "municipality", address.municipality());
    text(node, "postalCode", address.postalCode());
    text(node, "apartment", address.apartment());
    return node;
  }

  private static JsonNode period(SpecialPeriod period) {
    ObjectNode node = NODES.objectNode();
    text(node, "start", period.start());
    text(node, "end", period.end());
    return node;
  }

  private static JsonNode agreement(Agreement agreement) {
    ObjectNode node = NODES.objectNode();
    text(node, "start", agreement.start());
    text(node, "end", agreement.end());
    text(node, "terminatedOn", agreement.terminatedOn());
    node.put("reducedContribution", agreement.reducedContribution())
        .put("replacement", agreement.replacement())
        .put("signed", agreement.signed());
    node.set("schedule", optional(agreement.schedule(), InputJson::schedule));
    node.set("specialSchedules", list(agreement.specialSchedules(), InputJson::specialSchedule));
    return node;
  }

  private static JsonNode specialSchedule(SpecialSchedule special) {
    ObjectNode node = NODES.objectNode();
    text(node, "start", special.start());
    text(node, "end", special.end());
    node.set("schedule", optional(special.schedule(), InputJson::schedule));
    return node;
  }

  private static JsonNode schedule(Schedule schedule) {
    ObjectNode node = NODES.objectNode();
    node.set("weeks", list(schedule.weeks(), InputJson::week));
    return node;
  }

  private static JsonNode week(Week week) {
    ObjectNode node = NODES.objectNode();
    week.days().forEach(day -> node.set(day._1, texts(day._2)));
    return node;
  }

  private static ObjectNode scenarioNode(Scenario scenario) {
    ObjectNode node = NODES.objectNode();
    text(node, "asOf", scenario.asOf());
    node.set("sectors", list(scenario.sectors(), InputJson::sector));
    node.set("sectorOrder", texts(scenario.sectorOrder()));
    node.set("batches", list(scenario.batches(), InputJson::batch));
    node.set("requests", list(scenario.requests(), InputJson::request));
    node.set("providers", list(scenario.providers(), InputJson::provider));
    node.set("boardDecisions", list(scenario.boardDecisions(), InputJson::boardDecision));
    present(node, "analyst", scenario.analyst());
    if (!scenario.ministerialPriorities().isEmpty()) {
      node.set("ministerialPriorities", texts(scenario.ministerialPriorities()));
    }
    if (!scenario.lettersSent().isEmpty()) {
      node.set("lettersSent", list(scenario.lettersSent(), InputJson::letterSent));
    }
    return node;
  }

  private static JsonNode sector(Sector sector) {
    ObjectNode node = NODES.objectNode();
    text(node, "name", sector.name());
    number(node, "children", sector.children());
    number(node, "places", sector.places());
    number(node, "installationPlaces", sector.installationPlaces());
    number(node, "parentNeeds", sector.parentNeeds());
    return node;
  }

  private static JsonNode batch(Batch batch) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", batch.id());
    number(node, "places", batch.places());
    text(node, "sector", batch.sector());
    text(node, "availableOn", batch.availableOn());
    text(node, "kind", batch.kind());
    text(node, "until", batch.until());
    text(node, "status", batch.status());
    text(node, "origin", batch.origin());
    node.set("child", optional(batch.child(), InputJson::childProfile));
    present(node, "provider", batch.provider());
    return node;
  }

  private static JsonNode childProfile(ChildProfile child) {
    ObjectNode node = NODES.objectNode();
    number(node, "ageMonths", child.ageMonths());
    present(node, "sex", child.sex());
    node.set("needs", texts(child.needs()));
    node.set("characteristics", texts(child.characteristics()));
    return node;
  }

  private static JsonNode request(Request request) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", request.id());
    text(node, "type", request.type());
    text(node, "provider", request.provider());
    text(node, "sector", request.sector());
    text(node, "receivedOn", request.receivedOn());
    number(node, "places", request.places());
    text(node, "reason", request.reason());
    text(node, "requestedDate", request.requestedDate());
    text(node, "until", request.until());
    node.put("emergency", request.emergency());
    text(node, "answeredOn", request.answeredOn());
    return node;
  }

  private static JsonNode provider(Provider provider) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", provider.id());
    text(node, "sector", provider.sector());
    present(node, "name", provider.name());
    present(node, "address", provider.address());
    node.set("offer", optional(provider.offer(), InputJson::offer));
    node.set("answers", optional(provider.answers(), InputJson::answers));
    ObjectNode byBatch = node.putObject("answersByBatch");
    provider.answersByBatch().forEach(entry -> byBatch.set(entry._1, answers(entry._2)));
    return node;
  }

  private static JsonNode offer(Offer offer) {
    ObjectNode node = NODES.objectNode();
    node.set("ageGroups", texts(offer.ageGroups()));
    node.set("needs", texts(offer.needs()));
    node.set("characteristics", texts(offer.characteristics()));
    return node;
  }

  private static JsonNode answers(Answers answers) {
    ObjectNode node = NODES.objectNode();
    flag(node, "maintainsRequest", answers.maintainsRequest());
    number(node, "placesWanted", answers.placesWanted());
    flag(node, "keepsRequest", answers.keepsRequest());
    flag(node, "engagementFormsOnFile", answers.engagementFormsOnFile());
    flag(node, "offerSuitsNeeds", answers.offerSuitsNeeds());
    flag(node, "commitmentMatchesAgreements", answers.commitmentMatchesAgreements());
    flag(node, "tenHourWeekdays", answers.tenHourWeekdays());
    text(node, "tenHourOfferPlannedOn", answers.tenHourOfferPlannedOn());
    flag(node, "meetsPlaceNeeds", answers.meetsPlaceNeeds());
    flag(node, "complaintsOnFile", answers.complaintsOnFile());
    present(node, "complaintDetails", answers.complaintDetails());
    present(node, "followUp", answers.followUp());
    return node;
  }

  private static JsonNode boardDecision(BoardDecision decision) {
    ObjectNode node = NODES.objectNode();
    text(node, "batch", decision.batch());
    text(node, "request", decision.request());
    flag(node, "authorized", decision.authorized());
    text(node, "on", decision.on());
    present(node, "confirmationSentOn", decision.confirmationSentOn());
    decision.places().forEach(places -> node.put("places", places));
    present(node, "reason", decision.reason());
    return node;
  }

  private static JsonNode letterSent(LetterSent letter) {
    ObjectNode node = NODES.objectNode();
    text(node, "request", letter.request());
    text(node, "letter", letter.letter());
    text(node, "sentOn", letter.sentOn());
    return node;
  }

  /** An optional field added to the contract later: written only when present. */
  private static void present(ObjectNode node, String name, Option<String> value) {
    value.forEach(text -> node.put(name, text));
  }

  private static void text(ObjectNode node, String name, Option<String> value) {
    node.put(name, value.getOrNull());
  }

  private static void flag(ObjectNode node, String name, Option<Boolean> value) {
    node.put(name, value.getOrNull());
  }

  private static void number(ObjectNode node, String name, Option<BigDecimal> value) {
    node.put(name, value.getOrNull());
  }

  private static JsonNode texts(Seq<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static <T> JsonNode list(Seq<T> values, Function<T, JsonNode> write) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(write.apply(value)));
    return array;
  }

  private static <T> JsonNode optional(Option<T> value, Function<T, JsonNode> write) {
    return value.map(write).getOrElse(NODES::nullNode);
  }
}
