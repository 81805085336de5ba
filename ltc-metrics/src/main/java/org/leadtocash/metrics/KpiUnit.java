package org.leadtocash.metrics;

/** What a KPI's value is measured in (DOMAIN D12: every KPI has a unit). */
public enum KpiUnit {
  /** A share of a population, kept as numerator and denominator ({@code Rate}). */
  RATE,
  /** An amount of money in one currency. */
  MONEY,
  /** A count of things. */
  COUNT,
  /** A length of time. */
  DURATION,
  /** A ratio of two quantities that is not a share, e.g. our share over a competitor's. */
  RATIO,
  /** A score on a documented scale. */
  SCORE,
  /** A breakdown of a whole into named parts, e.g. the sales-loss waterfall or ageing buckets. */
  BREAKDOWN
}
