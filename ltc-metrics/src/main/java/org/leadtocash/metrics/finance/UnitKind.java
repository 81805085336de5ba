package org.leadtocash.metrics.finance;

/**
 * The kinds of operating unit business is accounted in (经营单元, DOMAIN D9.6, obtain-share 获取分享制): by
 * customer, by product, by project and by region. The units that earn more get a larger share, so
 * {@link Profit} computes profit by any of these kinds from the same {@link ProfitRecord}s.
 */
public enum UnitKind {
  /** A customer, e.g. one operator group. */
  CUSTOMER,
  /** A product or product line. */
  PRODUCT,
  /** A project, e.g. one contract's delivery. */
  PROJECT,
  /** A region, e.g. a representative office or a region (地区部, D9.5). */
  REGION
}
