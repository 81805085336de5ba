package org.leadtocash.testkit.book;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.leadtocash.domain.activity.ActivityId;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.activity.CooperationForm;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.contract.Contracts;
import org.leadtocash.testkit.opportunity.Opportunities;

/**
 * A deterministic, realistic book of business, built only through the domain's public commands
 * (DOMAIN D3, D5, D7.9): opportunities taken through ATI, ATB and ATC with deferrals, rejections,
 * early and late decisions, then left open, won, lost (with award splits), abandoned or cancelled
 * ({@link Opportunities#walk}); the contact activities that support them; and, for every
 * opportunity won after an approved ATC, a signed contract in execution with three payment
 * milestones, the advance invoiced and paid, every fourth raised by 10% sixty days after signature
 * (D5.2), together with its history of events ({@link Contracts#executing}).
 *
 * <p>Every opportunity belongs to one representative office of the settings' sales organisation (2
 * areas, 6 regions and 24 offices by default), so the roll-ups have something to roll; each
 * office's account managers staff its opportunities' activities in turn, so the visit KPIs (D2.2)
 * have a roster to count. The same settings, seed and size give the same book; opportunities open
 * in the window, at least 120 days before its end. It is the benchmarks' book and the sales KPI
 * properties' source of realistic opportunities.
 */
public final class BookOfBusiness {

  private final Settings settings;
  private final List<Opportunity> opportunities;
  private final int[] officeOf;
  private final List<ContactActivity> activities;
  private final List<Contract> contracts;
  private final List<List<ContractEvent>> contractHistories;

  private BookOfBusiness(
      Settings settings,
      List<Opportunity> opportunities,
      int[] officeOf,
      List<ContactActivity> activities,
      List<Contract> contracts,
      List<List<ContractEvent>> contractHistories) {
    this.settings = settings;
    this.opportunities = opportunities;
    this.officeOf = officeOf;
    this.activities = activities;
    this.contracts = contracts;
    this.contractHistories = contractHistories;
  }

  /**
   * Generates a book of {@code size} opportunities with ten contact activities each, under the
   * standard settings (the benchmarks' 1 M opportunities and 10 M activities at {@code size =
   * 1_000_000}).
   *
   * @param seed the seed: the same seed and size give the same book
   * @param size the number of opportunities; positive
   * @return the book, never null
   * @throws IllegalArgumentException if the size is not positive
   */
  public static BookOfBusiness generate(long seed, int size) {
    return generate(Settings.standard(), seed, size, 10);
  }

  /**
   * Generates a book.
   *
   * @param settings the window, currency, customers and sales organisation; not null
   * @param seed the seed: the same arguments give the same book
   * @param size the number of opportunities; positive
   * @param activitiesPerOpportunity the contact activities per opportunity; not negative
   * @return the book, never null
   * @throws IllegalArgumentException if the size is not positive or the activities negative
   */
  public static BookOfBusiness generate(
      Settings settings, long seed, int size, int activitiesPerOpportunity) {
    Objects.requireNonNull(settings, "settings");
    checkArgument(size > 0, "size must be positive, not %s", size);
    checkArgument(
        activitiesPerOpportunity >= 0,
        "activitiesPerOpportunity must not be negative, not %s",
        activitiesPerOpportunity);
    List<SalesUnitId> offices = settings.offices();
    List<EmployeeId> accountManagers = settings.accountManagers();
    int managersPerOffice = settings.accountManagersPerOffice();
    SplittableRandom random = new SplittableRandom(seed);
    List<Opportunity> opportunities = new ArrayList<>(size);
    int[] officeOf = new int[size];
    List<ContactActivity> activities = new ArrayList<>(size * activitiesPerOpportunity);
    List<Contract> contracts = new ArrayList<>();
    List<List<ContractEvent>> histories = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Opportunity opportunity = Opportunities.walk(settings, i, random.split());
      opportunities.add(opportunity);
      officeOf[i] = random.nextInt(offices.size());
      for (int k = 0; k < activitiesPerOpportunity; k++) {
        int n = i * activitiesPerOpportunity + k;
        // the staff is chosen without drawing from the random, so the rest of the book does not
        // depend on it
        EmployeeId staff =
            accountManagers.get(officeOf[i] * managersPerOffice + n % managersPerOffice);
        activities.add(activity(settings, opportunity, n, staff, random));
      }
      Optional<Transition<Contract, ContractEvent>> contract =
          Contracts.executing(settings, opportunity, i, random);
      if (contract.isPresent()) {
        contracts.add(contract.get().state());
        histories.add(contract.get().events());
      }
    }
    return new BookOfBusiness(
        settings,
        List.copyOf(opportunities),
        officeOf,
        List.copyOf(activities),
        List.copyOf(contracts),
        List.copyOf(histories));
  }

  /**
   * Returns books of up to a number of opportunities, each generated from a seed, with a few
   * activities per opportunity; jqwik shrinks a book by its size.
   *
   * @param settings what to generate within; not null
   * @param maxSize the most opportunities; positive
   * @return the books, never null
   */
  public static Arbitrary<BookOfBusiness> books(Settings settings, int maxSize) {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(1, maxSize),
            Arbitraries.integers().between(0, 3))
        .as((seed, size, activities) -> generate(settings, seed, size, activities));
  }

  /**
   * Returns lists of up to a number of opportunities of books of business: each opportunity walked
   * from its own seed ({@link Opportunities#walk}), so jqwik shrinks a list by dropping
   * opportunities.
   *
   * @param settings what to generate within; not null
   * @param maxSize the most opportunities; not negative
   * @return the opportunities, never null
   */
  public static Arbitrary<List<Opportunity>> opportunities(Settings settings, int maxSize) {
    return Arbitraries.longs()
        .list()
        .ofMaxSize(maxSize)
        .map(
            seeds -> {
              List<Opportunity> opportunities = new ArrayList<>();
              for (int i = 0; i < seeds.size(); i++) {
                opportunities.add(
                    Opportunities.walk(settings, i, new SplittableRandom(seeds.get(i))));
              }
              return opportunities;
            });
  }

  /**
   * Returns one more opportunity with an outcome (won, lost, abandoned or cancelled), as an
   * incremental update's new record.
   *
   * @param seed the seed
   * @return the opportunity, never null
   */
  public static Opportunity oneMore(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    while (true) {
      Opportunity opportunity =
          Opportunities.walk(Settings.standard(), Integer.MAX_VALUE, random.split());
      if (!opportunity.isOpen()) {
        return opportunity;
      }
    }
  }

  /** {@return the settings the book was generated under; never null} */
  public Settings settings() {
    return settings;
  }

  /** {@return the sales organisation of the settings; never null} */
  public SalesOrganisation organisation() {
    return settings.organisation();
  }

  /** {@return the representative offices, in order; never null} */
  public List<SalesUnitId> offices() {
    return settings.offices();
  }

  /**
   * {@return the account managers of every office, office by office in the order of {@link
   * #offices()}: the customer-facing roster of the visit KPIs (D2.2, D12); never null}
   */
  public List<EmployeeId> accountManagers() {
    return settings.accountManagers();
  }

  /** {@return the opportunities; never null} */
  public List<Opportunity> opportunities() {
    return opportunities;
  }

  /**
   * Returns the office of an opportunity.
   *
   * @param index the opportunity's index in {@link #opportunities()}
   * @return its office, never null
   */
  public SalesUnitId officeOf(int index) {
    return settings.offices().get(officeOf[index]);
  }

  /** {@return the contact activities; never null} */
  public List<ContactActivity> activities() {
    return activities;
  }

  /** {@return the contracts of the opportunities won after an approved ATC; never null} */
  public List<Contract> contracts() {
    return contracts;
  }

  /**
   * {@return the history of every contract (DOMAIN D5), in the order of {@link #contracts()}: its
   * events oldest first, from {@code ContractDrafted} on, as a host's event store would give them
   * to the orders KPI (D12); replaying one gives its contract; never null}
   */
  public List<List<ContractEvent>> contractHistories() {
    return contractHistories;
  }

  @Override
  public String toString() {
    return "BookOfBusiness{"
        + opportunities.size()
        + " opportunities, "
        + activities.size()
        + " activities, "
        + contracts.size()
        + " contracts}";
  }

  private static ContactActivity activity(
      Settings settings,
      Opportunity opportunity,
      int n,
      EmployeeId staff,
      SplittableRandom random) {
    List<ActivityType> types = List.of(ActivityType.values());
    ActivityType type = types.get(random.nextInt(types.size()));
    ContactActivity.Builder activity =
        ContactActivity.builder()
            .id(ActivityId.of("A-" + n))
            .type(type)
            .addContacts(PersonId.of(opportunity.customer().value() + "-P" + random.nextInt(12)))
            .addStaff(staff)
            .opportunity(opportunity.id())
            .on(settings.dateOf(opportunity.openedAt()).plusDays(random.nextInt(60)))
            .budget(
                org.joda.money.Money.ofMajor(
                    settings.currency(), 1_000L * (1 + random.nextInt(80))))
            .purpose(type.label() + " to build trust");
    if (type.isJointWork()) {
      activity.form(CooperationForm.JOINT_INNOVATION);
    }
    return activity.build();
  }
}
