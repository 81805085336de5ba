package org.leadtocash.domain.lead;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The weekly lead review meeting's agenda (DOMAIN D2.4, D2.5): validated leads, reviewed in
 * priority order.
 */
public final class LeadReview {

  /**
   * The review order: higher priority first, unvalidated leads last; then older leads first; then
   * by id, so that the order is total.
   */
  public static final Comparator<Lead> PRIORITY_ORDER =
      Comparator.<Lead, Integer>comparing(
              l -> l.priority().map(Enum::ordinal).orElse(LeadPriority.values().length))
          .thenComparing(Lead::createdAt)
          .thenComparing(l -> l.id().value());

  private LeadReview() {}

  /**
   * Returns the leads the weekly review decides on: those validated and awaiting a decision, in
   * {@link #PRIORITY_ORDER}.
   *
   * @param leads any leads; not null
   * @return the agenda, never null
   */
  public static List<Lead> agenda(Collection<Lead> leads) {
    Objects.requireNonNull(leads, "leads");
    return leads.stream()
        .filter(l -> l.status() == LeadStatus.VALIDATED)
        .sorted(PRIORITY_ORDER)
        .collect(ImmutableList.toImmutableList());
  }
}
