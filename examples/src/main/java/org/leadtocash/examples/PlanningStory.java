package org.leadtocash.examples;

import static org.leadtocash.examples.DashboardStory.BEIJING;
import static org.leadtocash.examples.DashboardStory.GUANGZHOU;
import static org.leadtocash.examples.DashboardStory.ORGANISATION;
import static org.leadtocash.examples.DashboardStory.TIANJIN;
import static org.leadtocash.examples.LeadToCashStory.CHEN_SPONSOR;
import static org.leadtocash.examples.LeadToCashStory.CNY;
import static org.leadtocash.examples.LeadToCashStory.MA_REGION;
import static org.leadtocash.examples.LeadToCashStory.NORTH_MOBILE;
import static org.leadtocash.examples.LeadToCashStory.SUN_SR;
import static org.leadtocash.examples.LeadToCashStory.ZHANG_AR;
import static org.leadtocash.examples.LeadToCashStory.cny;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.planning.account.GapCoverage;
import org.leadtocash.planning.account.GrowthMatrix;
import org.leadtocash.planning.account.GrowthMatrixPolicy;
import org.leadtocash.planning.account.GrowthOption;
import org.leadtocash.planning.account.GrowthOptionKind;
import org.leadtocash.planning.account.SalesPotentialGap;
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
import org.leadtocash.planning.target.CoverageMode;
import org.leadtocash.planning.target.CoverageReport;
import org.leadtocash.planning.target.CustomerNumber;
import org.leadtocash.planning.target.OfficeTarget;
import org.leadtocash.planning.target.OpportunityNumber;

/**
 * The planning side of the story (DOMAIN D9.5, D10, D11): once the backbone upgrade is won, the
 * Beijing office plans 2027 — its target decomposed onto customers and opportunities with the
 * coverage rolled up to the China area, North Mobile's expansion card with its ranked senior
 * sponsor, and North Mobile's growth options on the matrix against its sales-potential gap. Pure
 * functions over the people and ids of {@link LeadToCashStory} and {@link RelationshipStory}; the
 * tour prints them and its test asserts them.
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
}
