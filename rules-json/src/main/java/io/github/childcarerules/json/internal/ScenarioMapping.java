package io.github.childcarerules.json.internal;

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
import java.util.function.Function;

/**
 * FORMAT.md's allocation scenario to rules-allocation's model, in the style of {@link
 * RecordMapping}: strings and numbers kept as entered (the scenario checks report them), unknown
 * fields ignored, a {@code null} in a list an absent element that keeps its index, and any value of
 * the wrong JSON type unusable input naming its path.
 */
final class ScenarioMapping {
  private ScenarioMapping() {}

  static Scenario scenario(Node document) {
    Node root = document.requireObject("an allocation scenario");
    return Scenario.builder()
        .asOf(root.field("asOf").text())
        .sectors(list(root.field("sectors"), ScenarioMapping::sector, Sector.builder().build()))
        .batches(list(root.field("batches"), ScenarioMapping::batch, Batch.builder().build()))
        .requests(list(root.field("requests"), ScenarioMapping::request, Request.builder().build()))
        .providers(
            list(root.field("providers"), ScenarioMapping::provider, Provider.builder().build()))
        .sectorOrder(root.field("sectorOrder").texts())
        .boardDecisions(
            list(
                root.field("boardDecisions"),
                ScenarioMapping::boardDecision,
                BoardDecision.builder().build()))
        .analyst(root.field("analyst").text())
        .ministerialPriorities(root.field("ministerialPriorities").texts())
        .lettersSent(
            list(
                root.field("lettersSent"),
                ScenarioMapping::letterSent,
                LetterSent.builder().build()))
        .build();
  }

  private static Sector sector(Node sector) {
    return Sector.builder()
        .name(sector.field("name").text())
        .children(sector.field("children").number())
        .places(sector.field("places").number())
        .parentNeeds(sector.field("parentNeeds").number())
        .installationPlaces(sector.field("installationPlaces").number())
        .build();
  }

  private static Batch batch(Node batch) {
    return Batch.builder()
        .id(batch.field("id").text())
        .places(batch.field("places").number())
        .sector(batch.field("sector").text())
        .availableOn(batch.field("availableOn").text())
        .kind(batch.field("kind").text())
        .until(batch.field("until").text())
        .status(batch.field("status").text())
        .origin(batch.field("origin").text())
        .child(batch.field("child").object().map(ScenarioMapping::child))
        .provider(batch.field("provider").text())
        .build();
  }

  private static ChildProfile child(Node child) {
    return ChildProfile.builder()
        .ageMonths(child.field("ageMonths").number())
        .sex(child.field("sex").text())
        .needs(child.field("needs").texts())
        .characteristics(child.field("characteristics").texts())
        .build();
  }

  private static Request request(Node request) {
    return Request.builder()
        .id(request.field("id").text())
        .type(request.field("type").text())
        .provider(request.field("provider").text())
        .sector(request.field("sector").text())
        .receivedOn(request.field("receivedOn").text())
        .places(request.field("places").number())
        .reason(request.field("reason").text())
        .requestedDate(request.field("requestedDate").text())
        .until(request.field("until").text())
        .emergency(request.field("emergency").flag().getOrElse(false))
        .answeredOn(request.field("answeredOn").text())
        .build();
  }

  private static Provider provider(Node provider) {
    return Provider.builder()
        .id(provider.field("id").text())
        .sector(provider.field("sector").text())
        .name(provider.field("name").text())
        .address(provider.field("address").text())
        .offer(provider.field("offer").object().map(ScenarioMapping::offer))
        .answers(provider.field("answers").object().map(ScenarioMapping::answers))
        .setEntriesAnswersByBatch(
            provider
                .field("answersByBatch")
                .entries()
                .flatMap(
                    entry ->
                        entry._2.object().map(answers -> entry.map2(ignored -> answers(answers)))))
        .build();
  }

  private static Offer offer(Node offer) {
    return Offer.builder()
        .ageGroups(offer.field("ageGroups").texts())
        .needs(offer.field("needs").texts())
        .characteristics(offer.field("characteristics").texts())
        .build();
  }

  private static Answers answers(Node answers) {
    return Answers.builder()
        .maintainsRequest(answers.field("maintainsRequest").flag())
        .placesWanted(answers.field("placesWanted").number())
        .keepsRequest(answers.field("keepsRequest").flag())
        .engagementFormsOnFile(answers.field("engagementFormsOnFile").flag())
        .offerSuitsNeeds(answers.field("offerSuitsNeeds").flag())
        .commitmentMatchesAgreements(answers.field("commitmentMatchesAgreements").flag())
        .tenHourWeekdays(answers.field("tenHourWeekdays").flag())
        .meetsPlaceNeeds(answers.field("meetsPlaceNeeds").flag())
        .tenHourOfferPlannedOn(answers.field("tenHourOfferPlannedOn").text())
        .complaintsOnFile(answers.field("complaintsOnFile").flag())
        .complaintDetails(answers.field("complaintDetails").text())
        .followUp(answers.field("followUp").text())
        .build();
  }

  private static BoardDecision boardDecision(Node decision) {
    return BoardDecision.builder()
        .batch(decision.field("batch").text())
        .request(decision.field("request").text())
        .authorized(decision.field("authorized").flag())
        .on(decision.field("on").text())
        .confirmationSentOn(decision.field("confirmationSentOn").text())
        .places(decision.field("places").number())
        .reason(decision.field("reason").text())
        .build();
  }

  private static LetterSent letterSent(Node letter) {
    return LetterSent.builder()
        .request(letter.field("request").text())
        .letter(letter.field("letter").text())
        .sentOn(letter.field("sentOn").text())
        .build();
  }

  /** The objects of a list; a {@code null} element is {@code absent}, at its own index. */
  private static <T> List<T> list(Node list, Function<Node, T> read, T absent) {
    return list.elements().map(element -> element.object().map(read).getOrElse(absent));
  }
}
