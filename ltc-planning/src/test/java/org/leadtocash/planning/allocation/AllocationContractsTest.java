package org.leadtocash.planning.allocation;

import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.allocation.AllocationTest.ACCOUNTS;
import static org.leadtocash.planning.allocation.AllocationTest.COASTAL;
import static org.leadtocash.planning.allocation.AllocationTest.LI;
import static org.leadtocash.planning.allocation.AllocationTest.NORTH;
import static org.leadtocash.planning.allocation.AllocationTest.NORTH_MOBILE;
import static org.leadtocash.planning.allocation.AllocationTest.h;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the allocation package's public types (DOMAIN D11.6). */
class AllocationContractsTest {

  private static Allocation allocation() {
    return Allocation.of(
        ACCOUNTS, List.of(Salesperson.of(LI, h("60"))), ReturnPolicy.standard(), h("120"));
  }

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(CurrencyUnit.class, CurrencyUnit.of("CNY"))
        .setDefault(BigDecimal.class, h("8"))
        .setDefault(Probability.class, Probability.ofPercent(25))
        .setDefault(TargetAccount.class, NORTH_MOBILE)
        .setDefault(ReturnPolicy.class, ReturnPolicy.standard())
        .setDefault(Optional.class, Optional.empty());
  }

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            TargetAccount.class,
            Salesperson.class,
            ReturnPolicy.class,
            AccountHours.class,
            AssignedHours.class,
            SalespersonHours.class,
            Shortfall.class,
            Allocation.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    Allocation allocation = allocation();
    for (Object instance :
        List.of(
            NORTH_MOBILE,
            Salesperson.of(LI, h("60"), Set.of(NORTH)),
            ReturnPolicy.standard(),
            allocation,
            allocation.accounts().get(0),
            allocation.salespeople().get(0),
            allocation.assignments().get(0),
            new Shortfall(h("9"), h("4")))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("values are equal by their components, hours whatever their scale")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            NORTH_MOBILE,
            new TargetAccount(
                NORTH, cny(1_200_000), Probability.ofPercent(25), 4, h("2.00"), h("50")))
        .addEqualityGroup(NORTH_MOBILE.withPotential(cny(1_300_000)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Salesperson.of(LI, h("60")), new Salesperson(LI, h("60.0"), Set.of()))
        .addEqualityGroup(Salesperson.of(LI, h("60"), Set.of(NORTH, COASTAL)))
        .addEqualityGroup(Salesperson.of(EmployeeId.of("Wang"), h("60")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(allocation(), allocation())
        .addEqualityGroup(
            Allocation.of(
                ACCOUNTS, List.of(Salesperson.of(LI, h("61"))), ReturnPolicy.standard(), h("120")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Shortfall(h("9"), h("4")), new Shortfall(h("9.0"), h("4.0")))
        .addEqualityGroup(new Shortfall(h("9"), h("5")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new AssignedHours(LI, NORTH, h("3")), new AssignedHours(LI, NORTH, h("3.0")))
        .addEqualityGroup(new AssignedHours(LI, CustomerId.of("Metro Rail"), h("3")))
        .testEquals();
  }
}
