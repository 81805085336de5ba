package org.leadtocash.metrics.finance;

import java.util.Locale;
import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Identifier;

/**
 * One operating unit business is accounted in (DOMAIN D9.6): its kind and the host's code for it,
 * e.g. customer {@code CU-7}, product {@code 5G-RAN}, project {@code DP-12} or region {@code
 * R-NORTH}. Units of different kinds never equal each other, even with the same code.
 *
 * @param kind the kind of unit; not null
 * @param code the host's code for it; non-blank, see {@link Identifier}
 */
public record OperatingUnit(UnitKind kind, String code) {

  /**
   * Checks the parts.
   *
   * @param kind the kind of unit; not null
   * @param code the host's code for it; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the code is blank, too long or padded with whitespace
   */
  public OperatingUnit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    code = Identifier.checked(code, "OperatingUnit code");
  }

  /**
   * Returns a unit.
   *
   * @param kind the kind; not null
   * @param code the host's code; not null, not blank
   * @return the unit, never null
   */
  public static OperatingUnit of(UnitKind kind, String code) {
    return new OperatingUnit(kind, code);
  }

  /**
   * Returns the unit of a customer, coded by its id.
   *
   * @param customer the customer; not null
   * @return the customer unit, never null
   */
  public static OperatingUnit customer(CustomerId customer) {
    return new OperatingUnit(
        UnitKind.CUSTOMER, Objects.requireNonNull(customer, "customer").value());
  }

  /** {@return e.g. {@code customer CU-7}} */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + code;
  }
}
