package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Period;
import java.util.Objects;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * The policy a grade carries (DOMAIN D6.2): what we do technically and commercially for a customer
 * of that grade, and how we keep in contact with it. It is set when the customer is graded and
 * reviewed every year ({@link Customer#reviewGrade}).
 *
 * <p>True of every policy: the three texts are not blank, and the contact cadence is positive.
 */
@Value.Immutable
@DomainStyle
public abstract class GradePolicy {

  GradePolicy() {}

  /** {@return the technical policy, e.g. {@code joint innovation lab, dedicated solution team}} */
  public abstract String technical();

  /** {@return the commercial policy, e.g. {@code strategic pricing, financing on request}} */
  public abstract String commercial();

  /** {@return the contact policy, e.g. {@code yearly executive summit, monthly visits}} */
  public abstract String contact();

  /** {@return how often we meet the customer at least, e.g. every month; never null} */
  public abstract Period contactCadence();

  /** {@return the level of our organisation whose executive sponsors the customer; never null} */
  public abstract OrganisationLevel executiveSponsor();

  /** {@return a new builder; every attribute is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the library's default policy of a grade. The sources give no numbers; these are the
   * library's choice, and a host sets its own with {@link #builder()}:
   *
   * <ul>
   *   <li>{@code S}: monthly contact, sponsored at headquarters, joint innovation and strategic
   *       pricing;
   *   <li>{@code A}: contact every three months, sponsored by the region, a dedicated solution team
   *       and preferred terms;
   *   <li>{@code B}: contact every six months, sponsored by the representative office, standard
   *       solutions and standard terms;
   *   <li>{@code C}: contact once a year, by the representative office, standard products, often
   *       through channels (D4.6), list prices.
   * </ul>
   *
   * @param grade the grade; not null
   * @return the default policy of that grade, never null
   */
  public static GradePolicy standard(CustomerGrade grade) {
    Objects.requireNonNull(grade, "grade");
    return switch (grade) {
      case S ->
          of(
              "joint innovation, a dedicated solution team, early access to new technology",
              "strategic pricing, financing and consulting on request",
              "yearly executive summit, monthly executive visits",
              Period.ofMonths(1),
              OrganisationLevel.HEADQUARTERS);
      case A ->
          of(
              "a dedicated solution team, customised solutions",
              "preferred terms, financing on request",
              "executive visit every quarter",
              Period.ofMonths(3),
              OrganisationLevel.REGION);
      case B ->
          of(
              "standard solutions with local adaptation",
              "standard terms",
              "account manager visit every six months",
              Period.ofMonths(6),
              OrganisationLevel.REPRESENTATIVE_OFFICE);
      case C ->
          of(
              "standard products",
              "list prices, served through channels where cheaper",
              "yearly contact",
              Period.ofYears(1),
              OrganisationLevel.REPRESENTATIVE_OFFICE);
    };
  }

  private static GradePolicy of(
      String technical,
      String commercial,
      String contact,
      Period cadence,
      OrganisationLevel sponsor) {
    return builder()
        .technical(technical)
        .commercial(commercial)
        .contact(contact)
        .contactCadence(cadence)
        .executiveSponsor(sponsor)
        .build();
  }

  /** Builds a {@link GradePolicy}; every attribute is required. */
  public static final class Builder extends ImmutableGradePolicy.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(technical(), "technical");
    FreeText.note(commercial(), "commercial");
    FreeText.note(contact(), "contact");
    checkArgument(
        !technical().isBlank(), "a grade policy states its technical policy (DOMAIN D6.2)");
    checkArgument(
        !commercial().isBlank(), "a grade policy states its commercial policy (DOMAIN D6.2)");
    checkArgument(!contact().isBlank(), "a grade policy states its contact policy (DOMAIN D6.2)");
    checkArgument(
        !contactCadence().isNegative() && !contactCadence().isZero(),
        "a contact cadence is positive, not %s (DOMAIN D6.2)",
        contactCadence());
  }
}
