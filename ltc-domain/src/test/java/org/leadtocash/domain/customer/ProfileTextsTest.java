package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.customer.CustomerFixtures.competitor;
import static org.leadtocash.domain.customer.CustomerFixtures.fullProfile;
import static org.leadtocash.domain.customer.CustomerFixtures.insight;
import static org.leadtocash.domain.customer.CustomerFixtures.procurement;
import static org.leadtocash.domain.customer.CustomerFixtures.swot;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The texts of a customer profile's sections and of customer insight (DOMAIN D6.1, D6.8), text by
 * text: a blank text or a blank item of a list is refused naming what is blank, and a text with a
 * control character is refused naming its attribute without quoting it (DESIGN §2). The fixtures,
 * which write every text, are accepted.
 */
class ProfileTextsTest {

  /** A text with a control character in its middle, refused by every text check. */
  private static final String CONTROL = "price\u0000war";

  /** A text that is not empty but blank. */
  private static final String BLANK = "   ";

  private static CompetitivePosition position() {
    return fullProfile().industry().orElseThrow().competition();
  }

  private static StrategyAnalysis strategy() {
    return fullProfile().strategy().orElseThrow();
  }

  private static FinancialAnalysis financials() {
    return fullProfile().financials().orElseThrow();
  }

  private static CompanyOverview overview() {
    return insight().overview();
  }

  private static IndustryAnalysis industry() {
    return fullProfile().industry().orElseThrow();
  }

  private static OrganisationAnalysis organisation() {
    return fullProfile().organisation().orElseThrow();
  }

  private static PersonalProfile personal() {
    return CustomerFixtures.executive().profile();
  }

  /**
   * Each blank text or blank list item, with the exact refusal naming it.
   *
   * @return the label, the construction and the message expected
   */
  static Stream<Arguments> blankTexts() {
    return Stream.of(
        blank(
            "CompetitivePosition.valueChainPosition",
            () -> CompetitivePosition.builder().from(position()).valueChainPosition(BLANK).build(),
            "the value-chain position is not blank"),
        blank(
            "CompetitivePosition.customers",
            () -> CompetitivePosition.builder().from(position()).addCustomers(BLANK).build(),
            "no item of the customer's customers is blank"),
        blank(
            "CompetitivePosition.mainCompetitors",
            () -> CompetitivePosition.builder().from(position()).addMainCompetitors(BLANK).build(),
            "no item of the main competitors is blank"),
        blank(
            "CompetitivePosition.marketDistribution",
            () -> CompetitivePosition.builder().from(position()).marketDistribution(BLANK).build(),
            "the market distribution is not blank"),
        blank(
            "CompetitivePosition.differentiation",
            () -> CompetitivePosition.builder().from(position()).differentiation(BLANK).build(),
            "the differentiation is not blank"),
        blank(
            "StrategyAnalysis.strategicAnalysis",
            () -> StrategyAnalysis.builder().from(strategy()).strategicAnalysis(BLANK).build(),
            "the strategic analysis is not blank"),
        blank(
            "StrategyAnalysis.ceoFocus",
            () -> StrategyAnalysis.builder().from(strategy()).addCeoFocus(BLANK).build(),
            "no item of the CEO's focus is blank"),
        blank(
            "StrategyAnalysis.businessStrategy",
            () -> StrategyAnalysis.builder().from(strategy()).businessStrategy(BLANK).build(),
            "the business strategy is not blank"),
        blank(
            "StrategyAnalysis.publicRelationsStrategy",
            () ->
                StrategyAnalysis.builder().from(strategy()).publicRelationsStrategy(BLANK).build(),
            "the public-relations strategy is not blank"),
        blank(
            "StrategyAnalysis.painPoints",
            () -> StrategyAnalysis.builder().from(strategy()).addPainPoints(BLANK).build(),
            "no item of the pain points is blank"),
        blank(
            "StrategyAnalysis.summary",
            () -> StrategyAnalysis.builder().from(strategy()).summary(BLANK).build(),
            "the strategy section's summary is not blank"),
        blank(
            "FinancialAnalysis.performance",
            () -> FinancialAnalysis.builder().from(financials()).performance(BLANK).build(),
            "the financial performance is not blank"),
        blank(
            "FinancialAnalysis.spending",
            () -> FinancialAnalysis.builder().from(financials()).spending(BLANK).build(),
            "the spending analysis is not blank"),
        blank(
            "FinancialAnalysis.profitModel",
            () -> FinancialAnalysis.builder().from(financials()).profitModel(BLANK).build(),
            "the profit model is not blank"),
        blank(
            "FinancialAnalysis.summary",
            () -> FinancialAnalysis.builder().from(financials()).summary(BLANK).build(),
            "the financial section's summary is not blank"),
        blank(
            "Swot.strengths",
            () -> Swot.builder().from(swot()).addStrengths(BLANK).build(),
            "no item of the strengths is blank"),
        blank(
            "Swot.weaknesses",
            () -> Swot.builder().from(swot()).addWeaknesses(BLANK).build(),
            "no item of the weaknesses is blank"),
        blank(
            "Swot.opportunities",
            () -> Swot.builder().from(swot()).addOpportunities(BLANK).build(),
            "no item of the opportunities is blank"),
        blank(
            "Swot.threats",
            () -> Swot.builder().from(swot()).addThreats(BLANK).build(),
            "no item of the threats is blank"),
        blank(
            "Swot.summary",
            () -> Swot.builder().from(swot()).summary(BLANK).build(),
            "the SWOT summary is not blank"),
        blank(
            "CompanyOverview.visionAndMission",
            () -> CompanyOverview.builder().from(overview()).visionAndMission(BLANK).build(),
            "the vision and mission is not blank"),
        blank(
            "CompanyOverview.results",
            () -> CompanyOverview.builder().from(overview()).results(BLANK).build(),
            "the results is not blank"),
        blank(
            "CompanyOverview.coreCapabilities",
            () -> CompanyOverview.builder().from(overview()).addCoreCapabilities(BLANK).build(),
            "no item of the core capabilities is blank"),
        blank(
            "CompanyOverview.opportunities",
            () -> CompanyOverview.builder().from(overview()).addOpportunities(BLANK).build(),
            "no item of the opportunities is blank"),
        blank(
            "CompanyOverview.threats",
            () -> CompanyOverview.builder().from(overview()).addThreats(BLANK).build(),
            "no item of the threats is blank"),
        blank(
            "CompetitorProfile.name",
            () -> CompetitorProfile.builder().from(competitor()).name(BLANK).build(),
            "the competitor's name is not blank"),
        blank(
            "CompetitorProfile.overallAnalysis",
            () -> CompetitorProfile.builder().from(competitor()).overallAnalysis(BLANK).build(),
            "the overall analysis is not blank"),
        blank(
            "CompetitorProfile.productsAndServices",
            () -> CompetitorProfile.builder().from(competitor()).productsAndServices(BLANK).build(),
            "the products and services analysis is not blank"),
        blank(
            "CompetitorProfile.customerRelationshipManagement",
            () ->
                CompetitorProfile.builder()
                    .from(competitor())
                    .customerRelationshipManagement(BLANK)
                    .build(),
            "the customer-relationship analysis is not blank"),
        blank(
            "CompetitorProfile.operations",
            () -> CompetitorProfile.builder().from(competitor()).operations(BLANK).build(),
            "the operations analysis is not blank"),
        blank(
            "CustomerNeeds.products",
            () -> CustomerNeeds.builder().addProducts(BLANK).build(),
            "no item of the product needs is blank"),
        blank(
            "CustomerNeeds.solutions",
            () -> CustomerNeeds.builder().addSolutions(BLANK).build(),
            "no item of the solution needs is blank"),
        blank(
            "CustomerNeeds.services",
            () -> CustomerNeeds.builder().addServices(BLANK).build(),
            "no item of the service needs is blank"),
        blank(
            "CustomerNeeds.businessModel",
            () -> CustomerNeeds.builder().addBusinessModel(BLANK).build(),
            "no item of the business-model needs is blank"),
        blank(
            "CustomerInsight.externalEnvironment",
            () ->
                CustomerInsight.builder()
                    .from(insight())
                    .putExternalEnvironment(CompetitiveForce.BUYER_POWER, BLANK)
                    .build(),
            "no item of the external environment is blank"),
        blank(
            "CustomerInsight.ourValueToThem",
            () -> CustomerInsight.builder().from(insight()).ourValueToThem(BLANK).build(),
            "our value to the customer is not blank"),
        blank(
            "CustomerInsight.theirValueToUs",
            () -> CustomerInsight.builder().from(insight()).theirValueToUs(BLANK).build(),
            "the customer's value to us is not blank"),
        blank(
            "ProcurementDecision.model",
            () -> ProcurementDecision.builder().from(procurement()).model(BLANK).build(),
            "the procurement decision model is not blank"),
        blank(
            "ProcurementDecision.keyRoles",
            () -> ProcurementDecision.builder().from(procurement()).addKeyRoles(BLANK).build(),
            "no item of the key roles is blank"),
        blank(
            "ProcurementDecision.procedure",
            () -> ProcurementDecision.builder().from(procurement()).addProcedure(BLANK).build(),
            "no item of the buying procedure is blank"),
        blank(
            "IndustryAnalysis.macroEnvironment",
            () -> IndustryAnalysis.builder().from(industry()).macroEnvironment(BLANK).build(),
            "the macro environment is not blank"),
        blank(
            "IndustryAnalysis.industryTrends",
            () -> IndustryAnalysis.builder().from(industry()).addIndustryTrends(BLANK).build(),
            "no item of the industry trends is blank"),
        blank(
            "IndustryAnalysis.summary",
            () -> IndustryAnalysis.builder().from(industry()).summary(BLANK).build(),
            "the industry section's summary is not blank"),
        blank(
            "OrganisationAnalysis.structure",
            () -> OrganisationAnalysis.builder().from(organisation()).structure(BLANK).build(),
            "the organisation structure is not blank"),
        blank(
            "OrganisationAnalysis.partWorkingWithUs",
            () ->
                OrganisationAnalysis.builder()
                    .from(organisation())
                    .partWorkingWithUs(BLANK)
                    .build(),
            "the part working with us is not blank"),
        blank(
            "OrganisationAnalysis.summary",
            () -> OrganisationAnalysis.builder().from(organisation()).summary(BLANK).build(),
            "the organisation section's summary is not blank"),
        blank(
            "CustomerProfile.networkDetails",
            () -> CustomerProfile.builder().from(fullProfile()).addNetworkDetails(BLANK).build(),
            "no item of the network details is blank"),
        blank(
            "BusinessSegment.name",
            () -> new BusinessSegment(BLANK, "connectivity", Optional.empty()),
            "a business segment's name is not blank"),
        blank(
            "BusinessSegment.description",
            () -> new BusinessSegment("enterprise", BLANK, Optional.empty()),
            "a business segment's description is not blank"),
        blank(
            "CountryAnalysis.country",
            () -> new CountryAnalysis(BLANK, "stable"),
            "the country is not blank"),
        blank(
            "CountryAnalysis.analysis",
            () -> new CountryAnalysis("China", BLANK),
            "the country analysis is not blank"),
        blank(
            "WeakestProduct.product",
            () -> new WeakestProduct(BLANK, "ours raises ARPU"),
            "the weakest product is not blank"),
        blank(
            "WeakestProduct.howOursRaisesRevenue",
            () -> new WeakestProduct("prepaid data", BLANK),
            "how our product raises the customer's revenue is not blank"),
        blank(
            "ExecutiveProfile.name",
            () -> ExecutiveProfile.builder().from(CustomerFixtures.executive()).name(BLANK).build(),
            "an executive's name is not blank"),
        blank(
            "PersonalProfile.careerNeeds",
            () -> PersonalProfile.builder().from(personal()).addCareerNeeds(BLANK).build(),
            "no item of the career needs is blank"),
        blank(
            "PersonalProfile.needs",
            () ->
                PersonalProfile.builder()
                    .from(personal())
                    .putNeed(MaslowLevel.SAFETY, BLANK)
                    .build(),
            "no item of the needs is blank"),
        blank(
            "PersonalProfile.interests",
            () -> PersonalProfile.builder().from(personal()).addInterests(BLANK).build(),
            "no item of the interests is blank"));
  }

  private static Arguments blank(String label, Executable construction, String message) {
    return Arguments.of(label, construction, message + " (DOMAIN D6.8)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankTexts")
  @DisplayName("DOMAIN D6.8: a blank text of a profile section is refused, naming what is blank")
  void blankTextRefused(String label, Executable construction, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }

  /**
   * Each free text of a section with a control character, with the attribute its refusal names.
   *
   * @return the attribute's name and the construction
   */
  static Stream<Arguments> controlCharacters() {
    return Stream.of(
        Arguments.of(
            "valueChainPosition",
            run(t -> CompetitivePosition.builder().from(position()).valueChainPosition(t).build())),
        Arguments.of(
            "marketDistribution",
            run(t -> CompetitivePosition.builder().from(position()).marketDistribution(t).build())),
        Arguments.of(
            "differentiation",
            run(t -> CompetitivePosition.builder().from(position()).differentiation(t).build())),
        Arguments.of(
            "strategicAnalysis",
            run(t -> StrategyAnalysis.builder().from(strategy()).strategicAnalysis(t).build())),
        Arguments.of(
            "businessStrategy",
            run(t -> StrategyAnalysis.builder().from(strategy()).businessStrategy(t).build())),
        Arguments.of(
            "publicRelationsStrategy",
            run(
                t ->
                    StrategyAnalysis.builder()
                        .from(strategy())
                        .publicRelationsStrategy(t)
                        .build())),
        Arguments.of(
            "summary", run(t -> StrategyAnalysis.builder().from(strategy()).summary(t).build())),
        Arguments.of(
            "performance",
            run(t -> FinancialAnalysis.builder().from(financials()).performance(t).build())),
        Arguments.of(
            "spending",
            run(t -> FinancialAnalysis.builder().from(financials()).spending(t).build())),
        Arguments.of(
            "profitModel",
            run(t -> FinancialAnalysis.builder().from(financials()).profitModel(t).build())),
        Arguments.of(
            "summary", run(t -> FinancialAnalysis.builder().from(financials()).summary(t).build())),
        Arguments.of("summary", run(t -> Swot.builder().from(swot()).summary(t).build())),
        Arguments.of(
            "visionAndMission",
            run(t -> CompanyOverview.builder().from(overview()).visionAndMission(t).build())),
        Arguments.of(
            "results", run(t -> CompanyOverview.builder().from(overview()).results(t).build())),
        Arguments.of(
            "name", run(t -> CompetitorProfile.builder().from(competitor()).name(t).build())),
        Arguments.of(
            "overallAnalysis",
            run(t -> CompetitorProfile.builder().from(competitor()).overallAnalysis(t).build())),
        Arguments.of(
            "productsAndServices",
            run(
                t ->
                    CompetitorProfile.builder().from(competitor()).productsAndServices(t).build())),
        Arguments.of(
            "customerRelationshipManagement",
            run(
                t ->
                    CompetitorProfile.builder()
                        .from(competitor())
                        .customerRelationshipManagement(t)
                        .build())),
        Arguments.of(
            "operations",
            run(t -> CompetitorProfile.builder().from(competitor()).operations(t).build())),
        Arguments.of(
            "externalEnvironment",
            run(
                t ->
                    CustomerInsight.builder()
                        .from(insight())
                        .putExternalEnvironment(CompetitiveForce.BUYER_POWER, t)
                        .build())),
        Arguments.of(
            "theirValueToUs",
            run(t -> CustomerInsight.builder().from(insight()).theirValueToUs(t).build())),
        Arguments.of(
            "model", run(t -> ProcurementDecision.builder().from(procurement()).model(t).build())),
        Arguments.of(
            "careerNeeds",
            run(t -> PersonalProfile.builder().from(personal()).addCareerNeeds(t).build())),
        Arguments.of(
            "needs",
            run(
                t ->
                    PersonalProfile.builder()
                        .from(personal())
                        .putNeed(MaslowLevel.SAFETY, t)
                        .build())));
  }

  private static Executable run(Function<String, ?> construction) {
    return () -> construction.apply(CONTROL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlCharacters")
  @DisplayName(
      "DESIGN §2, DOMAIN D6.8: a section's text with a control character is refused by its"
          + " attribute's name, never quoted")
  void controlCharacterRefused(String attribute, Executable construction) {
    String message = assertThrows(IllegalArgumentException.class, construction).getMessage();
    assertTrue(message.startsWith(attribute + " must not contain control characters"), message);
    assertFalse(message.contains("price"), message);
  }

  /**
   * Each list of a section with an item holding a control character, with the attribute its refusal
   * names: an item is a single line, checked like a name (DESIGN §2).
   *
   * @return the attribute's name and the construction
   */
  static Stream<Arguments> controlCharactersInItems() {
    return Stream.of(
        Arguments.of(
            "customers",
            run(t -> CompetitivePosition.builder().from(position()).addCustomers(t).build())),
        Arguments.of(
            "mainCompetitors",
            run(t -> CompetitivePosition.builder().from(position()).addMainCompetitors(t).build())),
        Arguments.of(
            "ceoFocus",
            run(t -> StrategyAnalysis.builder().from(strategy()).addCeoFocus(t).build())),
        Arguments.of(
            "painPoints",
            run(t -> StrategyAnalysis.builder().from(strategy()).addPainPoints(t).build())),
        Arguments.of("strengths", run(t -> Swot.builder().from(swot()).addStrengths(t).build())),
        Arguments.of("weaknesses", run(t -> Swot.builder().from(swot()).addWeaknesses(t).build())),
        Arguments.of(
            "opportunities", run(t -> Swot.builder().from(swot()).addOpportunities(t).build())),
        Arguments.of("threats", run(t -> Swot.builder().from(swot()).addThreats(t).build())),
        Arguments.of(
            "coreCapabilities",
            run(t -> CompanyOverview.builder().from(overview()).addCoreCapabilities(t).build())),
        Arguments.of(
            "opportunities",
            run(t -> CompanyOverview.builder().from(overview()).addOpportunities(t).build())),
        Arguments.of(
            "threats", run(t -> CompanyOverview.builder().from(overview()).addThreats(t).build())),
        Arguments.of("products", run(t -> CustomerNeeds.builder().addProducts(t).build())),
        Arguments.of("solutions", run(t -> CustomerNeeds.builder().addSolutions(t).build())),
        Arguments.of("services", run(t -> CustomerNeeds.builder().addServices(t).build())),
        Arguments.of(
            "businessModel", run(t -> CustomerNeeds.builder().addBusinessModel(t).build())),
        Arguments.of(
            "keyRoles",
            run(t -> ProcurementDecision.builder().from(procurement()).addKeyRoles(t).build())),
        Arguments.of(
            "procedure",
            run(t -> ProcurementDecision.builder().from(procurement()).addProcedure(t).build())),
        Arguments.of(
            "industryTrends",
            run(t -> IndustryAnalysis.builder().from(industry()).addIndustryTrends(t).build())),
        Arguments.of(
            "networkDetails",
            run(t -> CustomerProfile.builder().from(fullProfile()).addNetworkDetails(t).build())),
        Arguments.of(
            "interests",
            run(t -> PersonalProfile.builder().from(personal()).addInterests(t).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlCharactersInItems")
  @DisplayName(
      "DESIGN §2, DOMAIN D6.8: an item of a section's list with a control character or a line"
          + " break is refused by its attribute's name, never quoted")
  void controlCharacterInItemRefused(String attribute, Executable construction) {
    controlCharacterRefused(attribute, construction);
  }

  @Test
  @DisplayName("DOMAIN D6.1, D6.8: the sections that write every text are accepted as written")
  void fullSectionsAccepted() {
    assertEquals("network operator", position().valueChainPosition());
    assertEquals("growth has to come from enterprises", strategy().summary());
    assertEquals("needs cheaper networks and new enterprise revenue", financials().summary());
    assertEquals("connect the north", overview().visionAndMission());
    assertEquals("Eastern Networks", competitor().name());
    assertEquals("the reference customer of the region", insight().theirValueToUs().orElseThrow());
  }
}
