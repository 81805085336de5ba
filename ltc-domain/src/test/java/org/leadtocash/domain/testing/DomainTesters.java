package org.leadtocash.domain.testing;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Probability;

/** Shared fixtures for contract tests of public types. */
public final class DomainTesters {

  /** A fixed instant for tests: no test reads the clock. */
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** The date of {@link #T0} in UTC. */
  public static final LocalDate D0 = LocalDate.ofInstant(T0, ZoneOffset.UTC);

  /** The currency used in most tests. */
  public static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private DomainTesters() {}

  /**
   * Returns the amount in {@link #CNY}.
   *
   * @param amount the amount in major units
   * @return the money
   */
  public static Money cny(long amount) {
    return Money.ofMajor(CNY, amount);
  }

  /**
   * Returns a {@link NullPointerTester} that knows a valid default for the common domain types, so
   * that it can check null rejection of any public method that takes them.
   *
   * @return a new tester; add defaults for the package's own types with {@code setDefault}
   */
  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(Money.class, cny(1))
        .setDefault(CurrencyUnit.class, CNY)
        .setDefault(Instant.class, T0)
        .setDefault(LocalDate.class, D0)
        .setDefault(String.class, "x")
        .setDefault(Probability.class, Probability.ofPercent(50))
        .setDefault(LeadId.class, LeadId.of("LD-1"))
        .setDefault(OpportunityId.class, OpportunityId.of("OP-1"))
        .setDefault(ContractId.class, ContractId.of("CT-1"))
        .setDefault(CustomerId.class, CustomerId.of("CU-1"))
        .setDefault(EmployeeId.class, EmployeeId.of("E-1"))
        .setDefault(PersonId.class, PersonId.of("P-1"))
        .setDefault(CompetitorId.class, CompetitorId.of("CO-1"));
  }
}
