package org.leadtocash.testkit.voice;

import static org.leadtocash.testkit.Generators.partsOf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.voice.ContractScope;
import org.leadtocash.domain.voice.CustomerRequest;
import org.leadtocash.domain.voice.DimensionScore;
import org.leadtocash.domain.voice.Feedback;
import org.leadtocash.domain.voice.FeedbackKind;
import org.leadtocash.domain.voice.FeedbackSource;
import org.leadtocash.domain.voice.FeedbackSummary;
import org.leadtocash.domain.voice.RequestClassification;
import org.leadtocash.domain.voice.RequestKind;
import org.leadtocash.domain.voice.SatisfactionDimension;
import org.leadtocash.domain.voice.SatisfactionSurvey;
import org.leadtocash.domain.voice.ScopeItem;
import org.leadtocash.domain.voice.ScopeItemId;
import org.leadtocash.domain.voice.SurveyKind;
import org.leadtocash.domain.voice.SurveyResponse;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.contract.Contracts;

/**
 * The voice of the customer besides issues (DOMAIN D8.1, D8.3, D8.4): feedback and its summary,
 * satisfaction surveys scored on every dimension, contract scopes and the requests they classify.
 */
public final class Surveys {

  private Surveys() {}

  /**
   * Adds the arbitraries of the voice's values to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(Feedback.class, Surveys::feedback)
        .add(FeedbackSummary.class, s -> feedback(s).list().ofMaxSize(20).map(FeedbackSummary::of))
        .add(SurveyResponse.class, s -> responses())
        .add(SatisfactionSurvey.class, Surveys::surveys)
        .add(DimensionScore.class, s -> partsOf(surveys(s), SatisfactionSurvey::scores))
        .add(ScopeItemId.class, s -> CommonValues.ids("SI-", ScopeItemId::of))
        .add(ScopeItem.class, s -> scopeItems().flatMap(Arbitraries::of))
        .add(ContractScope.class, Surveys::scopes)
        .add(CustomerRequest.class, Surveys::requests)
        .add(
            RequestClassification.class,
            s ->
                Combinators.combine(
                        scopes(s),
                        Arbitraries.of(RequestKind.class),
                        Arbitraries.integers().between(0, 3),
                        CommonValues.dates(s))
                    .as(
                        (scope, kind, item, on) ->
                            scope.classify(
                                item < scope.items().size()
                                    ? CustomerRequest.about(
                                        scope.contract(),
                                        kind,
                                        scope.items().get(item).id(),
                                        "please",
                                        on)
                                    : CustomerRequest.unscoped(
                                        scope.contract(), kind, "please", on))));
  }

  private static Arbitrary<Feedback> feedback(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.of(FeedbackKind.class),
            Arbitraries.of(FeedbackSource.class),
            CommonValues.dates(settings),
            CommonValues.texts(),
            CommonValues.ids("P-", PersonId::of).optional(0.5))
        .as(
            (customer, kind, source, on, text, person) -> {
              Feedback feedback = Feedback.of(customer, kind, source, on, text);
              return person.map(feedback::from).orElse(feedback);
            });
  }

  private static Arbitrary<SurveyResponse> responses() {
    return Arbitraries.integers()
        .between(SatisfactionSurvey.MIN_SCORE, SatisfactionSurvey.MAX_SCORE)
        .optional(0.8)
        .list()
        .ofSize(SatisfactionDimension.values().length)
        .filter(scores -> scores.stream().anyMatch(java.util.Optional::isPresent))
        .map(
            scores -> {
              Map<SatisfactionDimension, Integer> byDimension =
                  new EnumMap<>(SatisfactionDimension.class);
              List<SatisfactionDimension> dimensions = List.of(SatisfactionDimension.values());
              for (int i = 0; i < dimensions.size(); i++) {
                SatisfactionDimension d = dimensions.get(i);
                scores.get(i).ifPresent(score -> byDimension.put(d, score));
              }
              return SurveyResponse.anonymous(byDimension);
            });
  }

  /**
   * Returns satisfaction surveys (DOMAIN D8.3): project-based with their contract or by a third
   * party with its agency, one to ten responses, named respondents once each.
   *
   * @param settings what to generate within; not null
   * @return the surveys, never null
   */
  public static Arbitrary<SatisfactionSurvey> surveys(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.of(SurveyKind.class),
            CommonValues.dates(settings),
            CommonValues.ids("CT-", ContractId::of),
            responses().list().ofMinSize(1).ofMaxSize(10),
            Arbitraries.of(true, false))
        .as(
            (customer, kind, on, contract, responses, named) -> {
              SatisfactionSurvey.Builder survey =
                  SatisfactionSurvey.builder().customer(customer).kind(kind).conductedOn(on);
              if (kind == SurveyKind.PROJECT_BASED) {
                survey.contract(contract);
              } else {
                survey.agency("an independent agency");
              }
              for (int i = 0; i < responses.size(); i++) {
                SurveyResponse response = responses.get(i);
                survey.addResponse(
                    named ? SurveyResponse.of(PersonId.of("P-" + i), response.scores()) : response);
              }
              return survey.build();
            });
  }

  private static Arbitrary<List<ScopeItem>> scopeItems() {
    return Arbitraries.of("core routers", "optical transport", "network management", "training")
        .set()
        .ofMinSize(1)
        .map(
            items ->
                items.stream()
                    .map(
                        d ->
                            ScopeItem.of(
                                ScopeItemId.of(
                                    "SI-" + d.replace(' ', '-').toUpperCase(java.util.Locale.ROOT)),
                                d))
                    .toList());
  }

  /**
   * Returns contract scopes (DOMAIN D8.4) of generated contracts, with or without a warranty of a
   * year.
   *
   * @param settings what to generate within; not null
   * @return the scopes, never null
   */
  public static Arbitrary<ContractScope> scopes(Settings settings) {
    return Combinators.combine(
            Contracts.contracts(settings), scopeItems(), CommonValues.dates(settings).optional(0.5))
        .as(
            (Contract contract,
                List<ScopeItem> items,
                java.util.Optional<java.time.LocalDate> end) ->
                // a warranty period only for a contract with a warranty clause (D8.4)
                end.filter(e -> hasWarranty(contract))
                    .map(
                        e ->
                            ContractScope.of(
                                contract,
                                items,
                                org.threeten.extra.LocalDateRange.of(e.minusYears(1), e)))
                    .orElse(ContractScope.of(contract, items)));
  }

  private static boolean hasWarranty(Contract contract) {
    return contract.clauses().stream()
        .anyMatch(c -> c.type() == org.leadtocash.domain.contract.ClauseType.WARRANTY);
  }

  private static Arbitrary<CustomerRequest> requests(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("CT-", ContractId::of),
            Arbitraries.of(RequestKind.class),
            CommonValues.ids("SI-", ScopeItemId::of).optional(0.5),
            CommonValues.texts(),
            CommonValues.dates(settings))
        .as(
            (contract, kind, item, text, on) ->
                item.map(i -> CustomerRequest.about(contract, kind, i, text, on))
                    .orElse(CustomerRequest.unscoped(contract, kind, text, on)));
  }
}
