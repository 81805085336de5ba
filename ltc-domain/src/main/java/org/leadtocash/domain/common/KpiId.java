package org.leadtocash.domain.common;

import java.util.Objects;

/**
 * Identifies a KPI definition, e.g. {@code win-rate} (DOMAIN D12); process cards name their metrics
 * by it (D1.3), and {@code ltc-metrics} defines the KPI behind each id.
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record KpiId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public KpiId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "KpiId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static KpiId of(String value) {
    return new KpiId(value);
  }

  /** {@return the value itself, so that messages read {@code Lead LD-7}} */
  @Override
  public String toString() {
    return value;
  }
}
