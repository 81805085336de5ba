package org.leadtocash.examples;

import static org.leadtocash.examples.DashboardStory.BEIJING;
import static org.leadtocash.examples.DashboardStory.GUANGZHOU;
import static org.leadtocash.examples.DashboardStory.ORGANISATION;
import static org.leadtocash.examples.DashboardStory.TIANJIN;
import static org.leadtocash.examples.LeadToCashStory.CHEN_SPONSOR;
import static org.leadtocash.examples.LeadToCashStory.CNY;
import static org.leadtocash.examples.LeadToCashStory.EMERALD;
import static org.leadtocash.examples.LeadToCashStory.MA_REGION;
import static org.leadtocash.examples.LeadToCashStory.NORTH_MOBILE;
import static org.leadtocash.examples.LeadToCashStory.SUN_SR;
import static org.leadtocash.examples.LeadToCashStory.WANG_NURTURER;
import static org.leadtocash.examples.LeadToCashStory.ZHANG_AR;
import static org.leadtocash.examples.LeadToCashStory.cny;
import static org.leadtocash.examples.LeadToCashStory.on;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.planning.account.GapCoverage;
import org.leadtocash.planning.account.GrowthMatrix;
import org.leadtocash.planning.account.GrowthMatrixPolicy;
import org.leadtocash.planning.account.GrowthOption;
import org.leadtocash.planning.account.GrowthOptionKind;
import org.leadtocash.planning.account.SalesPotentialGap;
import org.leadtocash.planning.allocation.Allocation;
import org.leadtocash.planning.allocation.ReturnPolicy;
import org.leadtocash.planning.allocation.Salesperson;
import org.leadtocash.planning.allocation.TargetAccount;
import org.leadtocash.planning.expansion.AssignedKeyPerson;
import org.leadtocash.planning.expansion.Channel;
import org.leadtocash.planning.expansion.ChannelKind;
import org.leadtocash.planning.expansion.Commitment;
import org.leadtocash.planning.expansion.ExpansionCard;
import org.leadtocash.planning.expansion.Extent;
import org.leadtocash.planning.expansion.KeyTask;
import org.leadtocash.planning.expansion.SponsorCandidate;
import org.leadtocash.planning.expansion.SponsorPolicy;
import org.leadtocash.planning.expansion.SponsorRanking;
import org.leadtocash.planning.relationship.CompetitionTarget;
import org.leadtocash.planning.relationship.CompetitorAspect;
import org.leadtocash.planning.relationship.CurrentRelationships;
import org.leadtocash.planning.relationship.HilltopTarget;
import org.leadtocash.planning.relationship.MarketTargets;
import org.leadtocash.planning.relationship.OfferingKind;
import org.leadtocash.planning.relationship.PlanScope;
import org.leadtocash.planning.relationship.ProfitMeasure;
import org.leadtocash.planning.relationship.RelationshipAnalysis;
import org.leadtocash.planning.relationship.RelationshipPlan;
import org.leadtocash.planning.relationship.RelationshipPlanEvent;
import org.leadtocash.planning.relationship.RelationshipPlanId;
import org.leadtocash.planning.relationship.RelationshipTargetPolicy;
import org.leadtocash.planning.relationship.ShareTarget;
import org.leadtocash.planning.target.CoverageMode;
import org.leadtocash.planning.target.CoverageReport;
import org.leadtocash.planning.target.CustomerNumber;
import org.leadtocash.planning.target.OfficeTarget;
import org.leadtocash.planning.target.OpportunityNumber;

/**
 * The planning side of the story (DOMAIN D9.5, D10, D11): once the backbone upgrade is won, the
 * Beijing office plans 2027 — its target decomposed onto customers and opportunities with the
 * coverage rolled up to the China area (D9.5), North Mobile's relationship plan from its market
 * targets to relationship targets and their gap against today's buying centre (D10.1), North
 * Mobile's expansion card with its ranked senior sponsor (D10.3), its growth options on the matrix
 * against its sales-potential gap (D11.3), and the office's selling hours allocated over its target
 * accounts (D11.6). Pure functions over the people and ids of {@link LeadToCashStory} and {@link
 * RelationshipStory}; the tour prints them and its test asserts them.
 */
public final class PlanningStory {

  /** The day the office plans next year: the first working day of December 2026. */
  public static final LocalDate PLANNED_ON = LocalDate.of(2026, 12, 1);

  /** East Telecom, the office's second customer (its 5G core is {@link DashboardStory}'s). */
  public static final CustomerId EAST_TELECOM = CustomerId.of("CU-EAST-TELECOM");

  /** Metro Rail, the office's third customer, whose opportunities are not planned yet. */
  public static final CustomerId METRO_RAIL = CustomerId.of("CU-METRO-RAIL");

  /** The Port of Tianjin, the Tianjin office's customer. */
  public static final CustomerId TIANJIN_PORT = CustomerId.of("CU-TIANJIN-PORT");

  /** North Mobile's next opportunity: 5G-Advanced radio for its new product. */
  public static final OpportunityId RADIO = OpportunityId.of("OP-2027-003");

  /** The Port of Tianjin's smart-port network. */
  public static final OpportunityId SMART_PORT = OpportunityId.of("OP-2027-011");

  /** The growth option of raising the usage of the backbone (D11.3). */
  public static final String MORE_BACKBONE = "backbone capacity for the provincial subsidiaries";

  /** The growth option of cross-selling 5G-Advanced radio (D11.3). */
  public static final String NEW_RADIO = "5G-Advanced radio for the new product";

  /** The growth option of a better mix (D11.3). */
  public static final String PREMIUM_SUPPORT = "premium support instead of basic maintenance";

  /** The growth option of a new customer in the core industry (D11.3). */
  public static final String CLOUD_SUBSIDIARY = "North Mobile's new cloud subsidiary";

  /** North Mobile's relationship plan for 2027. */
  public static final RelationshipPlanId RELATIONSHIP_PLAN =
      RelationshipPlanId.of("RP-NORTH-MOBILE-2027");

  /** The office's sales team in the allocation: Zhang's selling hours in 2027. */
  public static final BigDecimal ZHANG_HOURS = BigDecimal.valueOf(400);

  /** Wang's selling hours in 2027. */
  public static final BigDecimal WANG_HOURS = BigDecimal.valueOf(300);

  /** West Power, a small account of the office, visited twice a year. */
  public static final CustomerId WEST_POWER = CustomerId.of("CU-WEST-POWER");

  private PlanningStory() {}

  // ------------------------------------------------- numbers → customers → opportunities (D9.5)

  /**
   * What an opportunity of the story counts towards a target (D9.5): a won one our part of the
   * award, certain; an open one its amount at its win probability.
   *
   * @param opportunity the opportunity, as the tour left it; not null
   * @return its number for the plan
   */
  public static OpportunityNumber number(Opportunity opportunity) {
    Optional<AwardSplit> award =
        opportunity
            .outcome()
            .filter(OpportunityOutcome.Won.class::isInstance)
            .map(OpportunityOutcome.Won.class::cast)
            .flatMap(OpportunityOutcome.Won::split);
    if (award.isPresent()) {
      return OpportunityNumber.of(opportunity.id(), award.get().ours(), Probability.CERTAIN);
    }
    return OpportunityNumber.of(opportunity.id(), opportunity.amount(), opportunity.probability());
  }

  /**
   * The Beijing office's target for 2027, CNY 40 M, split 5 : 3 : 2 onto North Mobile, East Telecom
   * and Metro Rail (D9.5); North Mobile's CNY 20 M onto the backbone upgrade the tour won — paid
   * from North Mobile's 2027 budget — and the 5G-Advanced radio; East Telecom's CNY 12 M onto its
   * 5G core; Metro Rail's not yet onto anything.
   *
   * @param backbone the tour's opportunity, won; not null
   * @param eastTelecomCore East Telecom's 5G core, open; not null
   * @return the decomposed target
   */
  public static OfficeTarget beijing(Opportunity backbone, Opportunity eastTelecomCore) {
    OfficeTarget office =
        OfficeTarget.of(BEIJING, cny(40_000_000))
            .ontoShares(
                ImmutableMap.of(
                    NORTH_MOBILE, BigDecimal.valueOf(5),
                    EAST_TELECOM, BigDecimal.valueOf(3),
                    METRO_RAIL, BigDecimal.valueOf(2)));
    CustomerNumber northMobile =
        office
            .customer(NORTH_MOBILE)
            .orElseThrow()
            .onto(
                ImmutableMap.of(
                    number(backbone), cny(9_000_000),
                    OpportunityNumber.of(RADIO, cny(11_000_000), Probability.ofPercent(30)),
                        cny(11_000_000)));
    CustomerNumber eastTelecom =
        office
            .customer(EAST_TELECOM)
            .orElseThrow()
            .onto(ImmutableMap.of(number(eastTelecomCore), cny(12_000_000)));
    return office.with(northMobile).with(eastTelecom);
  }

  /**
   * The coverage of 2027's targets by opportunities, weighted by their win probabilities, rolled up
   * office → region → area (D9.5): Beijing's plan; Tianjin's CNY 30 M on the Port of Tianjin, whose
   * smart-port network of CNY 40 M at 80 % covers more than its number; Guangzhou's CNY 50 M not
   * yet decomposed.
   *
   * @param beijing the Beijing office's plan; not null
   * @return the coverage report
   */
  public static CoverageReport coverage(OfficeTarget beijing) {
    OfficeTarget tianjin =
        OfficeTarget.of(TIANJIN, cny(30_000_000))
            .onto(ImmutableMap.of(TIANJIN_PORT, cny(30_000_000)));
    tianjin =
        tianjin.with(
            tianjin
                .customer(TIANJIN_PORT)
                .orElseThrow()
                .onto(
                    ImmutableMap.of(
                        OpportunityNumber.of(
                            SMART_PORT, cny(40_000_000), Probability.ofPercent(80)),
                        cny(30_000_000))));
    return CoverageReport.of(
        ORGANISATION,
        CNY,
        CoverageMode.WEIGHTED,
        List.of(beijing, tianjin, OfficeTarget.of(GUANGZHOU, cny(50_000_000))));
  }

  // ------------------------------------------------------------ the relationship plan (D10.1)

  /**
   * North Mobile's market targets for 2027 (D10.1, step 1), inherited from the office's plan: the
   * four profit measures, 30 % of the new 5G-Advanced radio at North Mobile, a suppression ratio of
   * 1.5 against Emerald Networks (our share half as much again as theirs: 30 % against 20 %), and
   * the radio as a hilltop project.
   *
   * @return the market targets, complete
   */
  public static MarketTargets marketTargets() {
    return MarketTargets.builder()
        .profit(ProfitMeasure.ORDERS, cny(20_000_000))
        .profit(ProfitMeasure.REVENUE, cny(16_000_000))
        .profit(ProfitMeasure.PROFIT, cny(3_200_000))
        .profit(ProfitMeasure.COLLECTION, cny(15_000_000))
        .share(
            ShareTarget.withCustomer(
                NORTH_MOBILE, "5G-Advanced radio", OfferingKind.PRODUCT, new BigDecimal("0.30")))
        .competition(new CompetitionTarget(EMERALD, new BigDecimal("1.5"), false))
        .hilltop(new HilltopTarget(RADIO, NORTH_MOBILE, "5G-Advanced radio, northern provinces"))
        .build();
  }

  /**
   * Ours and Emerald's relationships at North Mobile on the three layers of D7, and what Emerald
   * has (D10.1, step 2).
   *
   * @return the analysis, complete
   */
  public static RelationshipAnalysis relationshipAnalysis() {
    return RelationshipAnalysis.builder()
        .ours(RelationshipLayer.KEY, "the head of network planning is ours; the CTO supports us")
        .ours(RelationshipLayer.GENERAL, "good with planning and operations, thin with finance")
        .ours(RelationshipLayer.ORGANISATIONAL, "key supplier since the backbone upgrade")
        .competitors(RelationshipLayer.KEY, "the COO is close to Emerald")
        .competitors(RelationshipLayer.GENERAL, "strong with procurement and finance")
        .competitors(RelationshipLayer.ORGANISATIONAL, "partner for the radio network since 4G")
        .competitor(CompetitorAspect.TARGETS, "keep the whole radio network")
        .competitor(CompetitorAspect.STRATEGY, "sell the new radio as an upgrade of the old")
        .competitor(CompetitorAspect.ORGANISATION, "a key-account team in Beijing")
        .competitor(CompetitorAspect.STAFFING, "eight people on the account")
        .competitor(CompetitorAspect.KPIS, "share of the radio network")
        .competitor(CompetitorAspect.STRENGTHS, "installed base, the COO")
        .competitor(CompetitorAspect.PROBLEMS, "late deliveries in its last two radio projects")
        .build();
  }

  /**
   * Zhang's relationship plan of North Mobile for 2027, supervised by Chen (D10.1): opened on the
   * planning day, the market targets inherited, the relationships analysed, and the relationship
   * targets derived by the standard policy.
   *
   * @return the plan at step 3, with its events
   */
  public static Transition<RelationshipPlan, RelationshipPlanEvent> relationshipPlan() {
    return RelationshipPlan.open(
            RELATIONSHIP_PLAN,
            PlanScope.customer("North Mobile", NORTH_MOBILE),
            ZHANG_AR,
            CHEN_SPONSOR,
            on(PLANNED_ON))
        .then(p -> p.inheritMarketTargets(marketTargets(), on(PLANNED_ON.plusDays(1))))
        .then(p -> p.recordAnalysis(relationshipAnalysis(), on(PLANNED_ON.plusDays(7))))
        .then(
            p -> p.deriveTargets(RelationshipTargetPolicy.standard(), on(PLANNED_ON.plusDays(8))));
  }

  /**
   * Today's relationships at North Mobile, from the domain (D7): the buying centre of {@link
   * RelationshipStory}, each person's level as last assessed (the CTO's from our relationship with
   * him), North Mobile's organisational level key supplier and its general relationship good.
   *
   * @return today's relationships
   */
  public static CurrentRelationships today() {
    CurrentRelationships.Builder today =
        CurrentRelationships.builder()
            .chain(RelationshipStory.decisionChain())
            .organisational(NORTH_MOBILE, OrganisationalRelationshipLevel.KEY_SUPPLIER)
            .general(NORTH_MOBILE, GeneralRelationshipGrade.GOOD);
    Map<PersonId, KeyRelationshipLevel> levels =
        RelationshipStory.levels(RelationshipStory.ctoRelationship().state());
    levels.forEach(today::keyLevel);
    return today.build();
  }

  // ------------------------------------------------------------- the expansion card (D10.3)

  /**
   * Who could sponsor our relationship with North Mobile's president (D10.3): Ma, the region's
   * president, of the president's rank but met once; Chen, the office's general manager, a rank
   * below but an old acquaintance; Sun, a manager, eager but two ranks below and less able.
   *
   * @return the candidates
   */
  public static List<SponsorCandidate> sponsorCandidates() {
    return List.of(
        new SponsorCandidate(
            MA_REGION, PositionKind.CEO, Extent.MEDIUM, 1, Extent.HIGH, Extent.HIGH),
        new SponsorCandidate(
            CHEN_SPONSOR, PositionKind.OTHER_EXECUTIVE, Extent.HIGH, 4, Extent.HIGH, Extent.HIGH),
        new SponsorCandidate(
            SUN_SR, PositionKind.MANAGER, Extent.HIGH, 0, Extent.MEDIUM, Extent.HIGH));
  }

  /**
   * The candidates ranked for the president under the standard policy's four principles (D10.3).
   *
   * @return the ranking, best first
   */
  public static SponsorRanking sponsorRanking() {
    return SponsorRanking.of(
        RelationshipStory.decisionChain().person(RelationshipStory.PRESIDENT).orElseThrow(),
        sponsorCandidates(),
        SponsorPolicy.standard());
  }

  /**
   * Zhang's expansion card of North Mobile for 2027 (D10.3): the CTO on Zhang, the COO on Sun, the
   * president on Chen; a key task each; the senior sponsor the first of the ranking, with a channel
   * to the president; one measurable commitment. Opened on the planning day, it is reviewed with
   * Chen, Zhang's manager, every three months.
   *
   * @return the card
   */
  public static ExpansionCard expansionCard() {
    return ExpansionCard.open(NORTH_MOBILE, ZHANG_AR, PLANNED_ON)
        .withKeyPerson(AssignedKeyPerson.of(RelationshipStory.CTO, ZHANG_AR))
        .withKeyPerson(AssignedKeyPerson.of(RelationshipStory.COO, SUN_SR))
        .withKeyPerson(AssignedKeyPerson.of(RelationshipStory.PRESIDENT, CHEN_SPONSOR))
        .withTask(KeyTask.of("put the 5G-Advanced radio on the 2027 budget", ZHANG_AR))
        .withTask(KeyTask.of("turn the COO from opponent to neutral", SUN_SR))
        .withSponsor(sponsorRanking())
        .withChannel(
            new Channel(
                ChannelKind.KEY_EVENTS, RelationshipStory.PRESIDENT, "the group's strategy summit"))
        .withCommitment(
            new Commitment(
                "meetings of the sponsor with the president",
                CHEN_SPONSOR,
                BigDecimal.valueOf(4),
                "meetings",
                LocalDate.of(2027, 12, 31)));
  }

  // --------------------------------------------------------------- growth options (D11.3)

  /**
   * North Mobile's four growth options for 2027 (D11.3), each sized and given a probability.
   *
   * @return the options
   */
  public static List<GrowthOption> growthOptions() {
    return List.of(
        new GrowthOption(
            GrowthOptionKind.RAISE_USAGE, MORE_BACKBONE, cny(6_000_000), Probability.ofPercent(70)),
        new GrowthOption(
            GrowthOptionKind.CROSS_SELL, NEW_RADIO, cny(11_000_000), Probability.ofPercent(30)),
        new GrowthOption(
            GrowthOptionKind.PRICE_AND_MIX,
            PREMIUM_SUPPORT,
            cny(2_000_000),
            Probability.ofPercent(80)),
        new GrowthOption(
            GrowthOptionKind.NEW_CORE_CUSTOMERS,
            CLOUD_SUBSIDIARY,
            cny(3_000_000),
            Probability.ofPercent(20)));
  }

  /**
   * The options on the matrix (D11.3), under the standard policy: a big prize from the options'
   * mean prize, likely from 50 %.
   *
   * @return the matrix, ranked
   */
  public static GrowthMatrix growthMatrix() {
    return GrowthMatrix.of(growthOptions(), GrowthMatrixPolicy.standard());
  }

  /**
   * North Mobile's sales-potential gap for 2027 (D11.3): its number of CNY 20 M less the existing
   * business, the CNY 9 M backbone upgrade, and CNY 1 M expected from customers new to us.
   *
   * @return the gap
   */
  public static SalesPotentialGap salesPotentialGap() {
    return SalesPotentialGap.of(cny(20_000_000), cny(9_000_000), cny(1_000_000));
  }

  /**
   * How far the growth options cover North Mobile's sales-potential gap (D11.3).
   *
   * @return the gap and the options' prizes
   */
  public static GapCoverage gapCoverage() {
    return salesPotentialGap().coverage(growthMatrix());
  }

  // ------------------------------------------------------- the sales-time allocation (D11.6)

  /**
   * The office's target accounts for 2027 (D11.6): what each could buy, the chance that selling
   * time there turns into business, its minimum visits of 8 hours each, and the hours it can use.
   * Under the standard policy an hour on North Mobile returns CNY 20 M × 50 % / 400 h = CNY 25,000,
   * on Metro Rail CNY 8 M × 30 % / 200 h = CNY 12,000, on East Telecom CNY 12 M × 25 % / 300 h =
   * CNY 10,000, on West Power CNY 6 M × 20 % / 200 h = CNY 6,000.
   *
   * @return the accounts
   */
  public static List<TargetAccount> targetAccounts() {
    BigDecimal visit = BigDecimal.valueOf(8);
    return List.of(
        TargetAccount.of(
            NORTH_MOBILE,
            cny(20_000_000),
            Probability.ofPercent(50),
            12,
            visit,
            BigDecimal.valueOf(400)),
        TargetAccount.of(
            EAST_TELECOM,
            cny(12_000_000),
            Probability.ofPercent(25),
            6,
            visit,
            BigDecimal.valueOf(300)),
        TargetAccount.of(
            METRO_RAIL,
            cny(8_000_000),
            Probability.ofPercent(30),
            4,
            visit,
            BigDecimal.valueOf(200)),
        TargetAccount.of(
            WEST_POWER,
            cny(6_000_000),
            Probability.ofPercent(20),
            2,
            visit,
            BigDecimal.valueOf(200)));
  }

  /**
   * The office's selling hours of 2027 allocated over its target accounts (D11.6): Zhang's 400 and
   * Wang's 300 hours, both serving every account; a new salesperson would bring 400 hours.
   *
   * @return the allocation
   */
  public static Allocation allocation() {
    return Allocation.of(
        targetAccounts(),
        List.of(Salesperson.of(ZHANG_AR, ZHANG_HOURS), Salesperson.of(WANG_NURTURER, WANG_HOURS)),
        ReturnPolicy.standard(),
        BigDecimal.valueOf(400));
  }
}
