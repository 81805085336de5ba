package org.leadtocash.domain.team;

import static org.leadtocash.domain.common.OrganisationLevel.HEADQUARTERS;
import static org.leadtocash.domain.common.OrganisationLevel.REGION;
import static org.leadtocash.domain.common.OrganisationLevel.REPRESENTATIVE_OFFICE;

import java.time.LocalDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;

/** Customers, people and pools for the team tests. */
final class TeamFixtures {

  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final OpportunityId OPPORTUNITY = OpportunityId.of("OP-1");
  static final EmployeeId SPONSOR = EmployeeId.of("E-GM-CHEN");

  /** The system department's own people. */
  static final EmployeeId ACCOUNT_MANAGER = EmployeeId.of("E-ZHANG");

  static final EmployeeId SOLUTION_MANAGER = EmployeeId.of("E-LI");
  static final EmployeeId DELIVERY_MANAGER = EmployeeId.of("E-WANG");

  /** People in the pools. */
  static final EmployeeId OFFICE_SR = EmployeeId.of("E-OFFICE-SR");

  static final EmployeeId OFFICE_FR = EmployeeId.of("E-OFFICE-FR");
  static final EmployeeId REGION_SR = EmployeeId.of("E-REGION-SR");
  static final EmployeeId REGION_FR = EmployeeId.of("E-REGION-FR");
  static final EmployeeId GLOBAL_AR = EmployeeId.of("E-GLOBAL-AR");
  static final EmployeeId GLOBAL_SR = EmployeeId.of("E-GLOBAL-SR");
  static final EmployeeId GLOBAL_FR = EmployeeId.of("E-GLOBAL-FR");

  /** The day the system department's people took the customer over. */
  static final LocalDate SINCE = LocalDate.of(2021, 3, 1);

  private TeamFixtures() {}

  static CustomerGroupTriangle small() {
    return CustomerGroupTriangle.builder()
        .customer(CUSTOMER)
        .size(SystemDepartmentSize.SMALL)
        .addHolder(RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER, SINCE))
        .build();
  }

  static CustomerGroupTriangle medium() {
    return CustomerGroupTriangle.builder()
        .customer(CUSTOMER)
        .size(SystemDepartmentSize.MEDIUM)
        .addHolder(RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER, SINCE))
        .addHolder(RoleHolder.of(CoreRole.SR, SOLUTION_MANAGER, SINCE.plusYears(2)))
        .build();
  }

  static CustomerGroupTriangle large() {
    return CustomerGroupTriangle.builder()
        .customer(CUSTOMER)
        .size(SystemDepartmentSize.LARGE)
        .addHolder(RoleHolder.of(CoreRole.AR, ACCOUNT_MANAGER, SINCE))
        .addHolder(RoleHolder.of(CoreRole.SR, SOLUTION_MANAGER, SINCE.plusYears(2)))
        .addHolder(RoleHolder.of(CoreRole.FR, DELIVERY_MANAGER))
        .build();
  }

  /** The representative office's shared resource centre: an SR and an FR. */
  static ResourcePool office() {
    return ResourcePool.builder()
        .level(REPRESENTATIVE_OFFICE)
        .name("North office resource centre")
        .putAvailable(CoreRole.SR, OFFICE_SR)
        .putAvailable(CoreRole.FR, OFFICE_FR)
        .build();
  }

  /** The region's pool: an SR and an FR. */
  static ResourcePool region() {
    return ResourcePool.builder()
        .level(REGION)
        .name("China region pool")
        .putAvailable(CoreRole.SR, REGION_SR)
        .putAvailable(CoreRole.FR, REGION_FR)
        .build();
  }

  /** The global pool at headquarters: one of each. */
  static ResourcePool global() {
    return ResourcePool.builder()
        .level(HEADQUARTERS)
        .name("Global pool")
        .putAvailable(CoreRole.AR, GLOBAL_AR)
        .putAvailable(CoreRole.SR, GLOBAL_SR)
        .putAvailable(CoreRole.FR, GLOBAL_FR)
        .build();
  }

  /** A pool with no one in it. */
  static ResourcePool empty(OrganisationLevel level) {
    return ResourcePool.builder().level(level).name("Empty " + level).build();
  }
}
