package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.BusinessDate;

/**
 * How long one person may hold the same customer before rotating (DOMAIN D4.7). Sales people
 * rotate: someone who has held a customer too long is flagged, because the customer starts to
 * recognise the person rather than the company, both sides grow too familiar, and the person tires.
 *
 * <p>The sources say every 3–5 years for sales teams and every 4 years across the marketing system;
 * the {@link #standard()} policy takes 4 years. A host with another limit uses {@link #of(Period)},
 * or implements {@link #maximumTenure()} itself.
 */
public interface RotationPolicy {

  /**
   * Returns the longest a person holds the same customer: someone who has held it this long or
   * longer is due for rotation.
   *
   * @return a positive period; never null
   */
  Period maximumTenure();

  /**
   * Reviews the tenure of every holder of a customer-group triangle, in the order AR, SR, FR: how
   * long each has held the customer and whether they are due for rotation — held it for {@link
   * #maximumTenure()} or longer (D4.7). A holder whose start is not known is listed with no tenure
   * and is not flagged. A question: it never throws for someone due.
   *
   * @param triangle the customer-group triangle; not null
   * @param asOf the day of the review; not null
   * @return the report, never null
   * @throws IllegalArgumentException if the review is before a holder's start
   */
  default TenureReport review(CustomerGroupTriangle triangle, LocalDate asOf) {
    Objects.requireNonNull(triangle, "triangle");
    Objects.requireNonNull(asOf, "asOf");
    Period limit = maximumTenure();
    ImmutableList.Builder<HolderTenure> tenures = ImmutableList.builder();
    for (CoreRole role : CoreRole.values()) {
      Optional<RoleHolder> held = triangle.holder(role);
      if (held.isEmpty()) {
        continue;
      }
      RoleHolder holder = held.orElseThrow();
      Optional<LocalDate> since = holder.since();
      checkArgument(
          since.map(s -> !asOf.isBefore(s)).orElse(true),
          "the review on %s is before %s took over (DOMAIN D4.7)",
          asOf,
          holder);
      Optional<Period> tenure = since.map(s -> Period.between(s, asOf));
      // a host's limit of centuries from a late start ends beyond every date: never reached
      boolean due =
          since
              .flatMap(s -> BusinessDate.plus(s, limit))
              .map(end -> !asOf.isBefore(end))
              .orElse(false);
      tenures.add(new HolderTenure(holder, tenure, due));
    }
    return new TenureReport(triangle.customer(), asOf, limit, tenures.build());
  }

  /**
   * Returns the default policy: rotate after 4 years, the limit across the marketing system.
   *
   * @return the default policy, never null
   */
  static RotationPolicy standard() {
    return of(Period.ofYears(4));
  }

  /**
   * Returns the policy with the given limit.
   *
   * @param maximumTenure the longest a person holds the same customer; not null, positive
   * @return the policy, never null
   * @throws IllegalArgumentException if the period is zero or has a negative part
   */
  static RotationPolicy of(Period maximumTenure) {
    return new FixedRotationPolicy(maximumTenure);
  }
}
