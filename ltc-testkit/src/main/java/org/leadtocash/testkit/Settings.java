package org.leadtocash.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.metrics.ReportingPeriod;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * What the generators generate within: the currencies, the window of time and the size of the sales
 * organisation. {@link #standard()} gives the documented defaults; the {@code with…} methods give a
 * copy with one setting changed.
 *
 * <p>The defaults:
 *
 * <ul>
 *   <li>currencies: CNY only — every generated aggregate and value is in one currency, so that any
 *       list of them can be summed; an input in another currency (the first of CNY, USD, EUR, JPY
 *       not configured, {@link #foreignCurrency()}) appears only as a bad input that a command must
 *       refuse;
 *   <li>the window: 365 days from 2026-01-01T00:00Z; every generated instant lies in it, and every
 *       date is the date of an instant in UTC, or a business date at most a year past the window;
 *   <li>the sales organisation: 2 areas of 3 regions of 4 representative offices (24 offices), each
 *       with 5 account managers;
 *   <li>customers: 2 000 ids, {@code CU-0} to {@code CU-1999}.
 * </ul>
 *
 * <p>Settings are values: equal settings give equal generators.
 */
public final class Settings {

  private static final List<CurrencyUnit> CANDIDATE_FOREIGN =
      List.of(
          CurrencyUnit.of("CNY"), CurrencyUnit.of("USD"), CurrencyUnit.of("EUR"), CurrencyUnit.JPY);

  private static final Settings STANDARD = new Settings(new Draft());

  private final List<CurrencyUnit> currencies;
  private final Instant start;
  private final int days;
  private final int areas;
  private final int regionsPerArea;
  private final int officesPerRegion;
  private final int accountManagersPerOffice;
  private final int customers;

  private Settings(Draft draft) {
    this.currencies = ImmutableList.copyOf(draft.currencies);
    this.start = Objects.requireNonNull(draft.start, "start");
    this.days = draft.days;
    this.areas = draft.areas;
    this.regionsPerArea = draft.regionsPerArea;
    this.officesPerRegion = draft.officesPerRegion;
    this.accountManagersPerOffice = draft.accountManagersPerOffice;
    this.customers = draft.customers;
    checkArgument(!currencies.isEmpty(), "at least one currency");
    checkArgument(
        currencies.stream().distinct().count() == currencies.size(),
        "the currencies are distinct: %s",
        currencies);
    checkArgument(
        CANDIDATE_FOREIGN.stream().anyMatch(c -> !currencies.contains(c)),
        "one of %s stays foreign, for the bad inputs",
        CANDIDATE_FOREIGN);
    checkArgument(days >= 180, "the window is at least 180 days, not %s", days);
    checkArgument(
        areas > 0 && regionsPerArea > 0 && officesPerRegion > 0,
        "an organisation has at least one area, region and office");
    checkArgument(accountManagersPerOffice > 0, "an office has an account manager");
    checkArgument(customers > 0, "at least one customer");
  }

  /** The settings being changed by a with-method: a copy of these, one setting set anew. */
  private static final class Draft {
    private List<CurrencyUnit> currencies;
    private Instant start;
    private int days;
    private int areas;
    private int regionsPerArea;
    private int officesPerRegion;
    private int accountManagersPerOffice;
    private int customers;

    private Draft(Settings from) {
      this.currencies = from.currencies;
      this.start = from.start;
      this.days = from.days;
      this.areas = from.areas;
      this.regionsPerArea = from.regionsPerArea;
      this.officesPerRegion = from.officesPerRegion;
      this.accountManagersPerOffice = from.accountManagersPerOffice;
      this.customers = from.customers;
    }

    private Draft() {
      this.currencies = List.of(CurrencyUnit.of("CNY"));
      this.start = Instant.parse("2026-01-01T00:00:00Z");
      this.days = 365;
      this.areas = 2;
      this.regionsPerArea = 3;
      this.officesPerRegion = 4;
      this.accountManagersPerOffice = 5;
      this.customers = 2_000;
    }
  }

  /** {@return the documented defaults; never null} */
  public static Settings standard() {
    return STANDARD;
  }

  /**
   * Returns these settings with other currencies; each generated aggregate picks one of them.
   *
   * @param first the first currency, also the book's; not null
   * @param more further currencies; not null
   * @return the new settings, never null
   * @throws IllegalArgumentException if a currency repeats, or CNY, USD, EUR and JPY are all given
   */
  public Settings withCurrencies(CurrencyUnit first, CurrencyUnit... more) {
    List<CurrencyUnit> all = new ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    Draft draft = new Draft(this);
    draft.currencies = all;
    return new Settings(draft);
  }

  /**
   * Returns these settings with another window of time.
   *
   * @param start the window's first instant; not null
   * @param days its length in days; at least 180, so a deal fits from opening to contract
   * @return the new settings, never null
   * @throws IllegalArgumentException if the window is shorter than 180 days
   */
  public Settings withWindow(Instant start, int days) {
    Draft draft = new Draft(this);
    draft.start = Objects.requireNonNull(start, "start");
    draft.days = days;
    return new Settings(draft);
  }

  /**
   * Returns these settings with another sales organisation (DOMAIN D9.5).
   *
   * @param areas the areas; positive
   * @param regionsPerArea the regions of each area; positive
   * @param officesPerRegion the representative offices of each region; positive
   * @param accountManagersPerOffice the account managers of each office; positive
   * @return the new settings, never null
   * @throws IllegalArgumentException if a number is not positive
   */
  public Settings withOrganisation(
      int areas, int regionsPerArea, int officesPerRegion, int accountManagersPerOffice) {
    Draft draft = new Draft(this);
    draft.areas = areas;
    draft.regionsPerArea = regionsPerArea;
    draft.officesPerRegion = officesPerRegion;
    draft.accountManagersPerOffice = accountManagersPerOffice;
    return new Settings(draft);
  }

  /**
   * Returns these settings with another number of customers.
   *
   * @param customers how many customer ids there are; positive
   * @return the new settings, never null
   * @throws IllegalArgumentException if the number is not positive
   */
  public Settings withCustomers(int customers) {
    Draft draft = new Draft(this);
    draft.customers = customers;
    return new Settings(draft);
  }

  /** {@return the currencies; never null, never empty} */
  public List<CurrencyUnit> currencies() {
    return currencies;
  }

  /** {@return the first currency: the book's, and the one of most generated values; never null} */
  public CurrencyUnit currency() {
    return currencies.get(0);
  }

  /** {@return a currency not among {@link #currencies()}, for inputs a command must refuse} */
  public CurrencyUnit foreignCurrency() {
    return CANDIDATE_FOREIGN.stream()
        .filter(c -> !currencies.contains(c))
        .findFirst()
        .orElseThrow();
  }

  /** {@return the window's first instant; never null} */
  public Instant start() {
    return start;
  }

  /** {@return the window's length in days} */
  public int days() {
    return days;
  }

  /** {@return the window, half-open; never null} */
  public Interval window() {
    return Interval.of(start, day(days));
  }

  /** {@return the window's dates in UTC, half-open; never null} */
  public LocalDateRange dates() {
    return LocalDateRange.of(date(0), date(days));
  }

  /** {@return the window as the library's KPIs count it: its dates, read in UTC; never null} */
  public ReportingPeriod period() {
    return ReportingPeriod.of(dates(), ZoneOffset.UTC);
  }

  /**
   * Returns the start of a day of the window.
   *
   * @param n the day, counted from the window's start (0 is the first)
   * @return the instant, never null
   */
  public Instant day(int n) {
    return start.plus(Duration.ofDays(n));
  }

  /**
   * Returns the date of a day of the window, in UTC.
   *
   * @param n the day, counted from the window's start (0 is the first)
   * @return the date, never null
   */
  public LocalDate date(int n) {
    return LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(n);
  }

  /**
   * Returns the date of an instant, as the generators read it: in UTC.
   *
   * @param instant the instant; not null
   * @return its date, never null
   */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** {@return the number of areas} */
  public int areas() {
    return areas;
  }

  /** {@return the number of regions of each area} */
  public int regionsPerArea() {
    return regionsPerArea;
  }

  /** {@return the number of representative offices of each region} */
  public int officesPerRegion() {
    return officesPerRegion;
  }

  /** {@return the number of account managers of each representative office} */
  public int accountManagersPerOffice() {
    return accountManagersPerOffice;
  }

  /** {@return the number of customer ids} */
  public int customers() {
    return customers;
  }

  /**
   * Returns a customer's id.
   *
   * @param n its number, from 0 to {@link #customers()} - 1
   * @return {@code CU-n}, never null
   */
  public CustomerId customer(int n) {
    checkArgument(n >= 0 && n < customers, "customer %s of %s", n, customers);
    return CustomerId.of("CU-" + n);
  }

  /**
   * {@return the representative offices, area by area and region by region: {@code OFFICE-a-r-o};
   * never null}
   */
  public List<SalesUnitId> offices() {
    List<SalesUnitId> offices = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      for (int r = 0; r < regionsPerArea; r++) {
        for (int o = 0; o < officesPerRegion; o++) {
          offices.add(SalesUnitId.of("OFFICE-" + a + "-" + r + "-" + o));
        }
      }
    }
    return offices;
  }

  /**
   * {@return the sales organisation (DOMAIN D9.5): areas {@code AREA-a}, regions {@code
   * REGION-a-r}, offices {@code OFFICE-a-r-o}; never null}
   */
  public SalesOrganisation organisation() {
    SalesOrganisation.Builder builder = SalesOrganisation.builder();
    for (int a = 0; a < areas; a++) {
      SalesUnitId area = SalesUnitId.of("AREA-" + a);
      builder.area(area);
      for (int r = 0; r < regionsPerArea; r++) {
        SalesUnitId region = SalesUnitId.of("REGION-" + a + "-" + r);
        builder.region(region, area);
        for (int o = 0; o < officesPerRegion; o++) {
          builder.office(SalesUnitId.of("OFFICE-" + a + "-" + r + "-" + o), region);
        }
      }
    }
    return builder.build();
  }

  /**
   * {@return the account managers, office by office in the order of {@link #offices()}: {@code
   * E-AM-a-r-o-m}; never null}
   */
  public List<EmployeeId> accountManagers() {
    List<EmployeeId> managers = new ArrayList<>();
    for (SalesUnitId office : offices()) {
      for (int m = 0; m < accountManagersPerOffice; m++) {
        managers.add(
            EmployeeId.of("E-AM-" + office.value().substring("OFFICE-".length()) + "-" + m));
      }
    }
    return managers;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Settings that
        && currencies.equals(that.currencies)
        && start.equals(that.start)
        && days == that.days
        && areas == that.areas
        && regionsPerArea == that.regionsPerArea
        && officesPerRegion == that.officesPerRegion
        && accountManagersPerOffice == that.accountManagersPerOffice
        && customers == that.customers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        currencies,
        start,
        days,
        areas,
        regionsPerArea,
        officesPerRegion,
        accountManagersPerOffice,
        customers);
  }

  @Override
  public String toString() {
    return "Settings{currencies="
        + currencies
        + ", window="
        + window()
        + ", organisation="
        + areas
        + "x"
        + regionsPerArea
        + "x"
        + officesPerRegion
        + " offices with "
        + accountManagersPerOffice
        + " account managers each, customers="
        + customers
        + "}";
  }
}
