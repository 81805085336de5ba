package org.leadtocash.domain.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;

/**
 * The tenure review of a customer-group triangle (DOMAIN D4.7), from {@link RotationPolicy#review}:
 * each holder with how long they have held the customer and whether they are due for rotation.
 *
 * @param customer the customer whose triangle was reviewed; not null
 * @param asOf the day of the review; not null
 * @param maximumTenure the policy's limit; not null
 * @param tenures one per holder, in the order AR, SR, FR; not null
 */
public record TenureReport(
    CustomerId customer, LocalDate asOf, Period maximumTenure, List<HolderTenure> tenures) {

  /**
   * Checks and copies the parts.
   *
   * @param customer the customer whose triangle was reviewed; not null
   * @param asOf the day of the review; not null
   * @param maximumTenure the policy's limit; not null
   * @param tenures one per holder, in the order AR, SR, FR; not null
   * @throws IllegalArgumentException if a role is listed twice
   */
  public TenureReport {
    Objects.requireNonNull(tenures, "tenures");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(maximumTenure, "maximumTenure");
    tenures = ImmutableList.copyOf(tenures);
    checkArgument(
        tenures.stream().map(t -> t.holder().role()).distinct().count() == tenures.size(),
        "a tenure report lists each role once");
  }

  /**
   * Returns the tenure of a role's holder.
   *
   * @param role the role; not null
   * @return its line, or empty if the triangle has no holder of its own for it; never null
   */
  public Optional<HolderTenure> tenure(CoreRole role) {
    Objects.requireNonNull(role, "role");
    return tenures.stream().filter(t -> t.holder().role() == role).findFirst();
  }

  /** {@return the holders due for rotation, in the order AR, SR, FR; never null} */
  public List<RoleHolder> dueForRotation() {
    return tenures.stream()
        .filter(HolderTenure::dueForRotation)
        .map(HolderTenure::holder)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the holders whose start is not known, so whose tenure could not be reviewed} */
  public List<RoleHolder> unknownTenure() {
    return tenures.stream()
        .filter(t -> t.tenure().isEmpty())
        .map(HolderTenure::holder)
        .collect(ImmutableList.toImmutableList());
  }
}
