package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.PersonId;
import org.threeten.extra.LocalDateRange;

/**
 * A customer's enterprise profile (DOMAIN D6.8, 客户企业档案), section by section in pyramid order — the
 * summary first, then industry environment and competition, strategy and pain points, financial
 * analysis, organisation and SWOT — and its appendices: executive profiles, business segments, the
 * annual key-events calendar, network details and country analysis.
 *
 * <p>A profile is written over time: only the summary is required, and {@link #missingSections()}
 * tells what is still to be written. {@link #thirtySecondTest()} says which of the five questions
 * of D6.1 the profile can answer. The profile is the first source of the first grading step (D6.3).
 *
 * <p>The executives' personal profiles are personal data (D7.8): {@link #toString()} prints them
 * redacted, and holding the profile does not give them out: each is read through {@link
 * ExecutiveProfile#profile(org.leadtocash.domain.common.EmployeeId,
 * org.leadtocash.domain.common.PersonalDataAccess)}, by a named reader the D7.8 rule lets read it.
 * True of every profile: the summary is not blank, and no executive appears twice.
 */
@Value.Immutable
@DomainStyle
public abstract class CustomerProfile {

  CustomerProfile() {}

  /** {@return the customer; never null} */
  public abstract CustomerId customer();

  /** {@return section 1, the summary: the profile's conclusion; never null} */
  public abstract String summary();

  /** {@return section 2, industry environment and competition, if written; never null} */
  public abstract Optional<IndustryAnalysis> industry();

  /** {@return section 3, strategy and pain points, if written; never null} */
  public abstract Optional<StrategyAnalysis> strategy();

  /** {@return section 4, financial analysis, if written; never null} */
  public abstract Optional<FinancialAnalysis> financials();

  /** {@return section 5, organisation, if written; never null} */
  public abstract Optional<OrganisationAnalysis> organisation();

  /** {@return section 6, the SWOT analysis and conclusion, if written; never null} */
  public abstract Optional<Swot> swot();

  /**
   * {@return appendix A, the executives' profiles; their personal profiles are read only under the
   * D7.8 rule ({@link ExecutiveProfile}); never null}
   */
  public abstract List<ExecutiveProfile> executives();

  /** {@return appendix B, the customer's business segments; never null} */
  public abstract List<BusinessSegment> businessSegments();

  /** {@return appendix C, the annual key-events calendar; never null} */
  public abstract List<KeyEvent> keyEvents();

  /** {@return appendix D, details of the customer's network; never null} */
  public abstract List<String> networkDetails();

  /** {@return appendix E, the analyses of the countries the customer operates in; never null} */
  public abstract List<CountryAnalysis> countries();

  /** {@return a new builder; the customer and the summary are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the sections written, an immutable set in pyramid order (D6.8).
   *
   * @return the sections with content, never null; always contains {@link ProfileSection#SUMMARY}
   */
  public Set<ProfileSection> sections() {
    Set<ProfileSection> written = EnumSet.of(ProfileSection.SUMMARY);
    industry().ifPresent(s -> written.add(ProfileSection.INDUSTRY_AND_COMPETITION));
    strategy().ifPresent(s -> written.add(ProfileSection.STRATEGY_AND_PAIN_POINTS));
    financials().ifPresent(s -> written.add(ProfileSection.FINANCIAL_ANALYSIS));
    organisation().ifPresent(s -> written.add(ProfileSection.ORGANISATION));
    swot().filter(s -> !s.isEmpty()).ifPresent(s -> written.add(ProfileSection.SWOT));
    addIf(!executives().isEmpty(), ProfileSection.EXECUTIVE_PROFILES, written);
    addIf(!businessSegments().isEmpty(), ProfileSection.BUSINESS_SEGMENTS, written);
    addIf(!keyEvents().isEmpty(), ProfileSection.KEY_EVENTS_CALENDAR, written);
    addIf(!networkDetails().isEmpty(), ProfileSection.NETWORK_DETAILS, written);
    addIf(!countries().isEmpty(), ProfileSection.COUNTRY_ANALYSIS, written);
    return Sets.immutableEnumSet(written);
  }

  /** {@return the sections not written yet, in pyramid order (D6.8); never null} */
  public Set<ProfileSection> missingSections() {
    return Sets.immutableEnumSet(Sets.difference(EnumSet.allOf(ProfileSection.class), sections()));
  }

  /**
   * Returns the profile of one executive.
   *
   * @param person the executive; not null
   * @return the profile, or empty if the profile has none for that person; never null
   */
  public Optional<ExecutiveProfile> executive(PersonId person) {
    Objects.requireNonNull(person, "person");
    return executives().stream().filter(e -> e.person().equals(person)).findFirst();
  }

  /**
   * Returns the key events of the calendar that happen within a period, in time order (then by
   * description), for example to plan contact activities around them.
   *
   * @param period the period (end exclusive); not null, bounded
   * @return the occurrences, never null
   * @throws IllegalArgumentException if the period is unbounded
   */
  public List<KeyEventOccurrence> keyEventsIn(LocalDateRange period) {
    Objects.requireNonNull(period, "period");
    return keyEvents().stream()
        .flatMap(e -> e.occurrencesIn(period).stream().map(when -> new KeyEventOccurrence(e, when)))
        .sorted(
            Comparator.comparing((KeyEventOccurrence o) -> o.when().getStart())
                .thenComparing(o -> o.when().getEnd())
                .thenComparing(o -> o.event().description()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Takes the 30-second test of D6.1 on this profile: which of its five questions the profile
   * answers, and where to fill in the others ({@link ThirtySecondQuestion#answeredIn()}).
   *
   * @return the test's report, never null
   */
  public ThirtySecondTest thirtySecondTest() {
    return new ThirtySecondTest(
        customer(),
        List.of(
            new ThirtySecondAnswer(
                ThirtySecondQuestion.STRATEGY, strategy().map(StrategyAnalysis::businessStrategy)),
            new ThirtySecondAnswer(
                ThirtySecondQuestion.ITS_CUSTOMERS,
                industry().map(i -> i.competition().customers()).flatMap(CustomerProfile::joined)),
            new ThirtySecondAnswer(
                ThirtySecondQuestion.HOW_IT_MAKES_MONEY,
                financials().flatMap(FinancialAnalysis::profitModel)),
            new ThirtySecondAnswer(
                ThirtySecondQuestion.WEAKEST_PRODUCT,
                financials().flatMap(FinancialAnalysis::weakestProduct).map(Object::toString)),
            new ThirtySecondAnswer(
                ThirtySecondQuestion.WHO_DECIDES,
                organisation()
                    .map(o -> o.procurement().keyRoles())
                    .flatMap(CustomerProfile::joined))));
  }

  private static Optional<String> joined(List<String> items) {
    return items.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", items));
  }

  private static void addIf(boolean condition, ProfileSection section, Set<ProfileSection> to) {
    if (condition) {
      to.add(section);
    }
  }

  /** Builds a {@link CustomerProfile}. */
  public static final class Builder extends ImmutableCustomerProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(summary(), "summary");
    Texts.notBlank(summary(), "a customer profile's summary");
    networkDetails().forEach(t -> FreeText.line(t, "networkDetails"));
    Texts.noBlank(networkDetails(), "the network details");
    checkArgument(
        executives().stream().map(ExecutiveProfile::person).distinct().count()
            == executives().size(),
        "a customer profile holds one profile per executive (DOMAIN D6.8)");
  }
}
