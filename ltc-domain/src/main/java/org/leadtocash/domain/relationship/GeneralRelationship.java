package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.PersonId;

/**
 * The general relationship (普遍客户关系) with one customer, as it stands (DOMAIN D7.1, D7.6): the
 * customer departments our work touches, the people in them we have a relationship with — some
 * flagged as "tomorrow's stars" to develop early — and the latest assessment on the four
 * dimensions, if any.
 *
 * <p>Its questions: {@link #coverage()} reports the departments we touch without a relationship
 * (coverage must reach every one) and tomorrow's stars; {@link #grade(GeneralRelationshipPolicy)}
 * grades the assessment excellent, good, medium or poor.
 *
 * <p>True of every instance: each contact is in a department we touch, and no person is listed
 * twice.
 *
 * <pre>{@code
 * GeneralRelationship general = GeneralRelationship.builder()
 *     .customer(CustomerId.of("CU-NORTH-MOBILE"))
 *     .addDepartment(CustomerDepartment.of(DepartmentKind.PLANNING))
 *     .addDepartment(CustomerDepartment.of(DepartmentKind.PROCUREMENT))
 *     .addContact(DepartmentContact.tomorrowsStar(PersonId.of("P-7"),
 *         CustomerDepartment.of(DepartmentKind.PLANNING)))
 *     .build();
 * general.coverage().uncovered(); // [procurement]
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class GeneralRelationship {

  GeneralRelationship() {}

  /** {@return the customer; never null} */
  public abstract CustomerId customer();

  /** {@return the customer departments our work touches (D7.6, D7.11); never null} */
  public abstract Set<CustomerDepartment> departments();

  /** {@return the people we have a relationship with, each in a department we touch; never null} */
  public abstract List<DepartmentContact> contacts();

  /** {@return the latest assessment on the four dimensions, if any (D7.6); never null} */
  public abstract Optional<GeneralRelationshipAssessment> assessment();

  /**
   * Returns which departments we touch have a relationship and which have none, and tomorrow's
   * stars (D7.6).
   *
   * @return the report, never null
   */
  public DepartmentCoverage coverage() {
    Set<CustomerDepartment> reached = new HashSet<>();
    contacts().forEach(c -> reached.add(c.department()));
    return new DepartmentCoverage(
        departments().stream().filter(reached::contains).collect(ImmutableSet.toImmutableSet()),
        departments().stream()
            .filter(d -> !reached.contains(d))
            .collect(ImmutableSet.toImmutableSet()),
        contacts().stream()
            .filter(DepartmentContact::tomorrowsStar)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the people we have a relationship with in one department.
   *
   * @param department the department; not null
   * @return the contacts, in the order given; never null
   */
  public List<DepartmentContact> contactsIn(CustomerDepartment department) {
    Objects.requireNonNull(department, "department");
    return contacts().stream()
        .filter(c -> c.department().equals(department))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the grade of the latest assessment by the {@link GeneralRelationshipPolicy#standard()
   * standard policy}.
   *
   * @return the grade, or empty if not assessed; never null
   */
  public Optional<GeneralRelationshipGrade> grade() {
    return grade(GeneralRelationshipPolicy.standard());
  }

  /**
   * Returns the grade of the latest assessment (D7.6).
   *
   * @param policy the host's grading policy; not null
   * @return the grade, or empty if not assessed; never null
   * @throws NullPointerException if the policy returns no grade
   */
  public Optional<GeneralRelationshipGrade> grade(GeneralRelationshipPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return assessment()
        .map(a -> Objects.requireNonNull(policy.grade(a), "the policy gives a grade"));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GeneralRelationship}; the customer is required. */
  public static final class Builder extends ImmutableGeneralRelationship.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<PersonId> people = new HashSet<>();
    for (DepartmentContact contact : contacts()) {
      checkArgument(
          departments().contains(contact.department()),
          "%s: a contact's department is one we touch, listed in departments (DOMAIN D7.6)",
          contact);
      checkArgument(
          people.add(contact.person()),
          "%s is listed twice among the contacts (DOMAIN D7.6)",
          contact.person());
    }
  }
}
