package org.leadtocash.testkit.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.Identifier;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.planning.history.PlanningEvents;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;

/**
 * Arbitraries of the shared values (DOMAIN, {@code org.leadtocash.domain.common}) and of the
 * building blocks every other generator uses: ids, money, instants and dates in the window, texts.
 *
 * <p>Ids are a prefix and a small number ({@code LD-0}, {@code LD-1} …), so they shrink to {@code
 * -0} and repeat often enough to meet each other; customers are those of the settings.
 */
public final class CommonValues {

  private static final List<String> WORDS =
      List.of(
          "backbone upgrade",
          "5G core expansion",
          "the customer's CTO agrees",
          "line 14 of the investment budget table",
          "lower price",
          "no budget this year",
          "checked with the procurement director",
          "the pilot site passed its tests",
          "regional data centre",
          "enterprise campus network");

  private CommonValues() {}

  /**
   * Adds the arbitraries of the shared values to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(LeadId.class, s -> ids("LD-", LeadId::of))
        .add(OpportunityId.class, s -> ids("OP-", OpportunityId::of))
        .add(ContractId.class, s -> ids("CT-", ContractId::of))
        .add(CustomerId.class, CommonValues::customers)
        .add(EmployeeId.class, s -> ids("E-", EmployeeId::of))
        .add(PersonId.class, s -> ids("P-", PersonId::of))
        .add(CompetitorId.class, s -> competitors())
        .add(KpiId.class, s -> ids("KPI-", KpiId::of))
        .add(Probability.class, s -> probabilities())
        .add(Rate.class, s -> rates())
        .add(Money.class, CommonValues::money)
        .add(CurrencyUnit.class, s -> Arbitraries.of(s.currencies()))
        .add(Guard.class, s -> guards())
        .add(EventType.class, s -> Arbitraries.of(PlanningEvents.all().types()))
        .add(EventCatalogue.Entry.class, s -> Arbitraries.of(PlanningEvents.all().entries()))
        .add(EventCatalogue.class, s -> Arbitraries.just(PlanningEvents.all()));
  }

  /**
   * Returns ids of a type: the prefix and a number from 0 to 99.
   *
   * @param prefix the prefix, e.g. {@code LD-}; not null
   * @param factory the id type's {@code of}; not null
   * @param <I> the id type
   * @return the ids, never null
   */
  public static <I extends Identifier> Arbitrary<I> ids(
      String prefix, Function<String, I> factory) {
    return Arbitraries.integers().between(0, 99).map(n -> factory.apply(prefix + n));
  }

  /**
   * Returns the customers of the settings: {@code CU-0} to {@code CU-(n-1)}.
   *
   * @param settings the settings; not null
   * @return the customers' ids, never null
   */
  public static Arbitrary<CustomerId> customers(Settings settings) {
    return Arbitraries.integers().between(0, settings.customers() - 1).map(settings::customer);
  }

  /** {@return three competitors, {@code CO-RIVAL}, {@code CO-OTHER} and {@code CO-THIRD}} */
  public static Arbitrary<CompetitorId> competitors() {
    return Arbitraries.of(
        CompetitorId.of("CO-RIVAL"), CompetitorId.of("CO-OTHER"), CompetitorId.of("CO-THIRD"));
  }

  /** {@return probabilities from 0% to 100%, with both ends as edge cases} */
  public static Arbitrary<Probability> probabilities() {
    return Arbitraries.integers().between(0, 100).map(Probability::ofPercent);
  }

  /**
   * {@return rates of counts: a numerator from 0 to the denominator, the denominator from 0 to
   * 1000, so {@link Rate#NO_DATA} among them}
   */
  public static Arbitrary<Rate> rates() {
    return Arbitraries.integers()
        .between(0, 1_000)
        .flatMap(d -> Arbitraries.integers().between(0, d).map(n -> Rate.of(n, d)));
  }

  /**
   * Returns amounts in the settings' currencies, from zero to 10 million major units with minor
   * units.
   *
   * @param settings the settings; not null
   * @return the amounts, never null
   */
  public static Arbitrary<Money> money(Settings settings) {
    return Combinators.combine(
            Arbitraries.of(settings.currencies()), Arbitraries.longs().between(0, 10_000_000_00L))
        .as(CommonValues::ofMinor);
  }

  /**
   * Returns positive amounts in a currency, in whole major units.
   *
   * @param currency the currency; not null
   * @param min the smallest, in major units; positive
   * @param max the largest, in major units; not below {@code min}
   * @return the amounts, never null
   */
  public static Arbitrary<Money> amounts(CurrencyUnit currency, long min, long max) {
    return Arbitraries.longs().between(min, max).map(n -> Money.ofMajor(currency, n));
  }

  /**
   * Returns instants in the window, to the second.
   *
   * @param settings the settings; not null
   * @return the instants, never null
   */
  public static Arbitrary<Instant> instants(Settings settings) {
    return Arbitraries.longs()
        .between(0, settings.days() * 86_400L - 1)
        .map(s -> settings.start().plusSeconds(s));
  }

  /**
   * Returns the dates of the window.
   *
   * @param settings the settings; not null
   * @return the dates, never null
   */
  public static Arbitrary<LocalDate> dates(Settings settings) {
    return Arbitraries.integers().between(0, settings.days() - 1).map(settings::date);
  }

  /** {@return short, non-blank texts in the domain's words} */
  public static Arbitrary<String> texts() {
    return Arbitraries.of(WORDS);
  }

  /** {@return the guards of a command, as an aggregate opens them before checking its rules} */
  public static Arbitrary<Guard> guards() {
    return Combinators.combine(
            Arbitraries.of(
                Tuple.of("Lead LD-1", "CREATED"),
                Tuple.of("Opportunity OP-1", "OPEN in VERIFY"),
                Tuple.of("Contract CT-1", "DRAFTED")),
            Arbitraries.of("submit", "decide ATI", "sign", "close"))
        .as((aggregate, command) -> Guard.of(aggregate.get1(), aggregate.get2(), command));
  }

  private static Money ofMinor(CurrencyUnit currency, long hundredths) {
    return Money.ofMinor(
        currency, currency.getDecimalPlaces() == 0 ? hundredths / 100 : hundredths);
  }
}
