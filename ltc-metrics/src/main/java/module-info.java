/**
 * The KPIs of Lead-to-Cash (DOMAIN D12) as mergeable accumulators, their roll-ups and dashboards.
 *
 * <p>Every package is API and exported. The domain module, Guava, Joda-Money and threeten-extra
 * appear in the API, so a host that reads this module reads them too. The annotations
 * (Immutables, JSpecify, Error Prone) are needed only to compile this module.
 */
@SuppressWarnings("requires-automatic") // the Immutables annotations jar has only an automatic name
module org.leadtocash.metrics {
  exports org.leadtocash.metrics;
  exports org.leadtocash.metrics.catalogue;
  exports org.leadtocash.metrics.customer;
  exports org.leadtocash.metrics.dashboard;
  exports org.leadtocash.metrics.efficiency;
  exports org.leadtocash.metrics.finance;
  exports org.leadtocash.metrics.rollup;
  exports org.leadtocash.metrics.sales;
  exports org.leadtocash.metrics.team;

  requires transitive org.leadtocash.domain;
  requires transitive com.google.common;
  requires transitive org.joda.money;
  requires transitive org.threeten.extra;

  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
}
