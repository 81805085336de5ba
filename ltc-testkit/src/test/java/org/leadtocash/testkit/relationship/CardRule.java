package org.leadtocash.testkit.relationship;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.relationship.Organisation;

/**
 * The reference answer of DOMAIN D7.8 for the properties of the card collections — the domain's
 * relationship cards and the planning module's expansion cards (D10.3) — worked out without the
 * library's own {@link Organisation#isManagerOf}: a card is used by its holder and by whoever
 * stands above the holder on the direct reporting lines. With the readers to ask and the random
 * writes to send.
 */
public final class CardRule {

  private CardRule() {}

  /**
   * {@return the organisation's members and one outsider, {@code E-OUTSIDE}}
   *
   * @param organisation the organisation
   */
  public static List<EmployeeId> everyone(Organisation organisation) {
    List<EmployeeId> everyone = new ArrayList<>(organisation.members());
    everyone.add(EmployeeId.of("E-OUTSIDE"));
    return everyone;
  }

  /**
   * {@return one of the people, whatever the index}
   *
   * @param everyone the people
   * @param index any number
   */
  public static EmployeeId pick(List<EmployeeId> everyone, int index) {
    return everyone.get(Math.floorMod(index, everyone.size()));
  }

  /**
   * {@return whether {@code manager} stands above {@code employee}: walks up the direct reporting
   * lines}
   *
   * @param organisation the hierarchy
   * @param manager who might be above
   * @param employee from whom to walk up
   */
  public static boolean isAbove(
      Organisation organisation, EmployeeId manager, EmployeeId employee) {
    Optional<EmployeeId> current = organisation.manager(employee);
    while (current.isPresent()) {
      if (current.get().equals(manager)) {
        return true;
      }
      current = organisation.manager(current.get());
    }
    return false;
  }

  /**
   * {@return whether D7.8 lets someone read or write a card: they hold it, or stand above its
   * holder}
   *
   * @param organisation the hierarchy
   * @param who who asks
   * @param holder the card's holder or owner
   */
  public static boolean allowed(Organisation organisation, EmployeeId who, EmployeeId holder) {
    return who.equals(holder) || isAbove(organisation, who, holder);
  }

  /**
   * One write to a card collection: {@code put} card {@code card} held by holder {@code holder} (0
   * or 1), or remove it.
   *
   * @param put whether the card is written, or removed
   * @param card which card, 0 to 30
   * @param holder which of two holders, 0 or 1
   */
  public record Write(boolean put, int card, int holder) {}

  /** {@return up to 120 writes, three puts to one removal, over 31 cards and two holders} */
  public static Arbitrary<List<Write>> writes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3).map(n -> n > 0),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 1))
        .as(Write::new)
        .list()
        .ofMaxSize(120);
  }
}
