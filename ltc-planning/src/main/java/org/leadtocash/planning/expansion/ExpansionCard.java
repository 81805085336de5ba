package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.relationship.Organisation;

/**
 * The key-account expansion card (关键客户拓展卡片, DOMAIN D10.3) of one key account: its key persons and
 * key tasks, each assigned to an employee and put in their performance targets; the senior sponsor,
 * the best of a {@link SponsorRanking}; the sponsor's channels to the key persons; the specific,
 * measurable {@link Commitment commitments}; and the reviews with the owner's manager, due every
 * three months.
 *
 * <p>A card is an immutable value: {@link #open} starts one, and each command returns a new card. A
 * command that would break D10.3 throws a {@link RuleViolationException} naming it and leaves the
 * card unchanged; the canonical constructor refuses the same states with an {@link
 * IllegalArgumentException}. True of every card:
 *
 * <ul>
 *   <li>each key person is on the card once;
 *   <li>the sponsor ranking, if any, ranks someone, for a key person on the card;
 *   <li>channels need a sponsor, and reach key persons on the card;
 *   <li>no commitment is due before the card was opened;
 *   <li>reviews run forward in time from the day the card was opened, one a day at most, each with
 *       someone other than the owner.
 * </ul>
 *
 * <p><b>Visibility (D7.8).</b> The card holds the key persons' personal profiles. The owner keeps
 * it secure: a host hands it to a reader only through {@link #readBy}, which applies the domain's
 * rule over the domain's {@link Organisation} — the owner and the owner's managers, never peers or
 * anyone below — or keeps its cards in {@link ExpansionCards}, whose only read and write paths are
 * the same rule. {@link #toString()} shows no personal data.
 *
 * @param customer the key account; not null
 * @param owner the employee who owns and maintains the card; not null
 * @param openedOn the day the card was opened; not null
 * @param keyPersons the key persons, each assigned to an employee, in the order added; not null
 * @param tasks the key tasks, each assigned to an employee, in the order added; not null
 * @param sponsorRanking the ranking the senior sponsor was chosen from, its first the sponsor, or
 *     empty while no sponsor is assigned; not null
 * @param channels the sponsor's channels to the key persons, in the order built; not null
 * @param commitments the commitments and action plans, in the order made; not null
 * @param reviews the reviews with the owner's manager, oldest first; not null
 */
public record ExpansionCard(
    CustomerId customer,
    EmployeeId owner,
    LocalDate openedOn,
    List<AssignedKeyPerson> keyPersons,
    List<KeyTask> tasks,
    Optional<SponsorRanking> sponsorRanking,
    List<Channel> channels,
    List<Commitment> commitments,
    List<CardReview> reviews) {

  /** The months between two reviews of a card (D10.3). */
  public static final int REVIEW_MONTHS = 3;

  /**
   * Checks the rules of D10.3 that hold for every card.
   *
   * @param customer the key account; not null
   * @param owner the owner; not null
   * @param openedOn the day opened; not null
   * @param keyPersons the key persons; not null
   * @param tasks the key tasks; not null
   * @param sponsorRanking the sponsor's ranking, or empty; not null
   * @param channels the channels; not null
   * @param commitments the commitments; not null
   * @param reviews the reviews, oldest first; not null
   * @throws IllegalArgumentException if a rule listed on {@link ExpansionCard} is broken, or the
   *     day it was opened or a review's day lies outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}), where the next review three months
   *     later cannot be dated (DOMAIN D10.3)
   */
  public ExpansionCard {
    Objects.requireNonNull(keyPersons, "keyPersons");
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(commitments, "commitments");
    Objects.requireNonNull(reviews, "reviews");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(owner, "owner");
    BusinessDate.checkWithinCalendar(openedOn, "openedOn", "D10.3");
    keyPersons = ImmutableList.copyOf(keyPersons);
    tasks = ImmutableList.copyOf(tasks);
    Objects.requireNonNull(sponsorRanking, "sponsorRanking");
    channels = ImmutableList.copyOf(channels);
    commitments = ImmutableList.copyOf(commitments);
    reviews = ImmutableList.copyOf(reviews);
    Set<PersonId> persons = new HashSet<>();
    for (AssignedKeyPerson k : keyPersons) {
      checkArgument(
          persons.add(k.person()),
          "%s is on the expansion card of %s once, not twice (DOMAIN D10.3)",
          k.person(),
          customer);
    }
    sponsorRanking.ifPresent(
        r -> {
          checkArgument(
              !r.ranking().isEmpty(),
              "a senior sponsor is chosen from at least one candidate (DOMAIN D10.3)");
          checkArgument(
              persons.contains(r.keyPerson()),
              "the sponsor of %s sponsors a key person on the card (DOMAIN D10.3)",
              r.keyPerson());
        });
    for (Channel c : channels) {
      checkArgument(
          sponsorRanking.isPresent(),
          "a channel to %s runs from the card's senior sponsor, and there is none (DOMAIN D10.3)",
          c.keyPerson());
      checkArgument(
          persons.contains(c.keyPerson()),
          "a channel reaches a key person on the card, and %s is not (DOMAIN D10.3)",
          c.keyPerson());
    }
    for (Commitment c : commitments) {
      checkArgument(
          !c.due().isBefore(openedOn),
          "'%s' is due %s, before the card was opened on %s (DOMAIN D10.3)",
          c.what(),
          c.due(),
          openedOn);
    }
    LocalDate last = openedOn;
    for (int i = 0; i < reviews.size(); i++) {
      CardReview r = reviews.get(i);
      BusinessDate.checkWithinCalendar(r.on(), "reviews' day", "D10.3");
      checkArgument(
          i == 0 ? !r.on().isBefore(last) : r.on().isAfter(last),
          "the card's reviews run forward in time (DOMAIN D10.3): %s after %s",
          r.on(),
          last);
      checkArgument(
          !r.manager().equals(owner),
          "the card is reviewed with the owner's manager, not by the owner %s (DOMAIN D10.3)",
          owner);
      last = r.on();
    }
  }

  /**
   * Opens the expansion card of a key account.
   *
   * @param customer the key account; not null
   * @param owner the employee who owns and maintains it; not null
   * @param on the day it is opened; not null
   * @return a card with nothing on it yet, its first review due three months after {@code on};
   *     never null
   * @throws IllegalArgumentException if {@code on} is outside the library's calendar ({@link
   *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}; DOMAIN D10.3)
   */
  public static ExpansionCard open(CustomerId customer, EmployeeId owner, LocalDate on) {
    Objects.requireNonNull(on, "on");
    return new ExpansionCard(
        customer,
        owner,
        on,
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * Returns the assignment of a key person.
   *
   * @param person the customer's person; not null
   * @return the key person, or empty if not on the card; never null
   */
  public Optional<AssignedKeyPerson> keyPerson(PersonId person) {
    Objects.requireNonNull(person, "person");
    return keyPersons.stream().filter(k -> k.person().equals(person)).findFirst();
  }

  /** {@return the senior sponsor: the first of the sponsor ranking, or empty; never null} */
  public Optional<EmployeeId> sponsor() {
    return sponsorRanking.flatMap(SponsorRanking::top).map(r -> r.candidate().employee());
  }

  /** {@return the day of the last review, or the day the card was opened if never reviewed} */
  public LocalDate lastReviewedOn() {
    return reviews.isEmpty() ? openedOn : reviews.get(reviews.size() - 1).on();
  }

  /**
   * Returns the day the next review is due: three months after the last review, or after the card
   * was opened (D10.3). A month-end date moves to the end of a shorter month: a card last reviewed
   * on 30 November is due on the last day of February.
   *
   * @return the day, never null
   */
  public LocalDate nextReviewOn() {
    return lastReviewedOn().plusMonths(REVIEW_MONTHS);
  }

  /**
   * Returns whether the card's review with the manager is due (D10.3): from {@link #nextReviewOn()}
   * on, until a review is recorded.
   *
   * @param asOf the day asked about; not null
   * @return whether {@code asOf} is on or after the day the review is due
   */
  public boolean reviewDue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return !asOf.isBefore(nextReviewOn());
  }

  /**
   * Puts a key person on the card, assigned to an employee.
   *
   * @param keyPerson the assignment; not null
   * @return the new card, never null
   * @throws RuleViolationException if the person is already on the card (D10.3)
   */
  public ExpansionCard withKeyPerson(AssignedKeyPerson keyPerson) {
    Objects.requireNonNull(keyPerson, "keyPerson");
    if (keyPerson(keyPerson.person()).isPresent()) {
      throw violation(
          "add key person " + keyPerson.person(),
          keyPerson.person()
              + " is already on the card, assigned to "
              + keyPerson(keyPerson.person()).orElseThrow().employee());
    }
    return new ExpansionCard(
        customer,
        owner,
        openedOn,
        append(keyPersons, keyPerson),
        tasks,
        sponsorRanking,
        channels,
        commitments,
        reviews);
  }

  /**
   * Puts a key task on the card, assigned to an employee.
   *
   * @param task the task; not null
   * @return the new card, never null
   */
  public ExpansionCard withTask(KeyTask task) {
    Objects.requireNonNull(task, "task");
    return new ExpansionCard(
        customer,
        owner,
        openedOn,
        keyPersons,
        append(tasks, task),
        sponsorRanking,
        channels,
        commitments,
        reviews);
  }

  /**
   * Assigns the senior sponsor: the first of the ranking. A new sponsor replaces the earlier one,
   * and the earlier sponsor's channels go with them: the new sponsor builds their own.
   *
   * @param ranking the candidates ranked for a key person on the card; not null
   * @return the new card, never null
   * @throws RuleViolationException if the ranking has no candidate or its key person is not on the
   *     card (D10.3)
   */
  public ExpansionCard withSponsor(SponsorRanking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    if (ranking.ranking().isEmpty()) {
      throw violation(
          "assign a sponsor for " + ranking.keyPerson(),
          "a senior sponsor is chosen from at least one candidate");
    }
    if (keyPerson(ranking.keyPerson()).isEmpty()) {
      throw violation(
          "assign a sponsor for " + ranking.keyPerson(),
          ranking.keyPerson() + " is not a key person on the card");
    }
    boolean same = sponsor().equals(ranking.top().map(r -> r.candidate().employee()));
    return new ExpansionCard(
        customer,
        owner,
        openedOn,
        keyPersons,
        tasks,
        Optional.of(ranking),
        same ? channels : List.of(),
        commitments,
        reviews);
  }

  /**
   * Builds a channel between the sponsor and a key person.
   *
   * @param channel the channel; not null
   * @return the new card, never null
   * @throws RuleViolationException if the card has no sponsor yet, or the channel's person is not a
   *     key person on the card (D10.3)
   */
  public ExpansionCard withChannel(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    if (sponsor().isEmpty()) {
      throw violation(
          "build a channel to " + channel.keyPerson(),
          "a channel runs from the senior sponsor, and none is assigned yet");
    }
    if (keyPerson(channel.keyPerson()).isEmpty()) {
      throw violation(
          "build a channel to " + channel.keyPerson(),
          channel.keyPerson() + " is not a key person on the card");
    }
    return new ExpansionCard(
        customer,
        owner,
        openedOn,
        keyPersons,
        tasks,
        sponsorRanking,
        append(channels, channel),
        commitments,
        reviews);
  }

  /**
   * Records a commitment or action plan; it is specific and measurable by construction ({@link
   * Commitment}).
   *
   * @param commitment the commitment; not null
   * @return the new card, never null
   * @throws RuleViolationException if it is due before the card was opened (D10.3)
   */
  public ExpansionCard withCommitment(Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    if (commitment.due().isBefore(openedOn)) {
      throw violation(
          "commit to '" + commitment.what() + "'",
          "it is due " + commitment.due() + ", before the card was opened on " + openedOn);
    }
    return new ExpansionCard(
        customer,
        owner,
        openedOn,
        keyPersons,
        tasks,
        sponsorRanking,
        channels,
        append(commitments, commitment),
        reviews);
  }

  /**
   * Records the card's review with the owner's manager (D10.3, D10.4); the next review is due three
   * months later.
   *
   * @param on the day of the review; not null
   * @param manager who reviewed it: the owner's direct manager; not null
   * @param organisation our hierarchy; not null
   * @return the new card, never null
   * @throws RuleViolationException if {@code manager} is not the owner's direct manager in the
   *     organisation, or the day is before the card was opened, not after its last review, or
   *     outside the library's calendar ({@link BusinessDate#LATEST} at the latest) (D10.3)
   */
  public ExpansionCard recordReview(LocalDate on, EmployeeId manager, Organisation organisation) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(organisation, "organisation");
    String command = "record the review of " + on + " with " + manager;
    if (!BusinessDate.isWithinCalendar(on)) {
      throw violation(
          command,
          "the day lies outside the library's calendar, "
              + BusinessDate.EARLIEST
              + " to "
              + BusinessDate.LATEST
              + ", and the next review three months later could not be dated");
    }
    if (!organisation.manager(owner).equals(Optional.of(manager))) {
      throw violation(
          command,
          "the card is reviewed with the owner's manager, "
              + organisation.manager(owner).map(EmployeeId::toString).orElse("whom the owner lacks")
              + ", not "
              + manager);
    }
    if (reviews.isEmpty() ? on.isBefore(openedOn) : !on.isAfter(lastReviewedOn())) {
      throw violation(
          command,
          reviews.isEmpty()
              ? "the card was opened on " + openedOn
              : "the card was last reviewed on " + lastReviewedOn());
    }
    return new ExpansionCard(
        customer,
        owner,
        openedOn,
        keyPersons,
        tasks,
        sponsorRanking,
        channels,
        commitments,
        append(reviews, new CardReview(on, manager)));
  }

  /**
   * Reads the card, if the reader may see it (DOMAIN D7.8): the reader is its owner or one of the
   * owner's managers in the organisation, the rule that guards the domain's relationship cards.
   *
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return this card, never null
   * @throws AccessDeniedException if the reader is neither the owner nor one of the owner's
   *     managers; the message names the account, the reader and the rule, never the owner (as a
   *     refused relationship card's does not) nor the card's content
   */
  public ExpansionCard readBy(EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    if (!mayBeReadBy(reader, organisation)) {
      throw new AccessDeniedException(
          "ExpansionCard " + customer,
          "not shown",
          "read by " + reader,
          RuleId.D7_8,
          String.format(
              "%s may not read the expansion card of %s: a card is read only by its owner and the"
                  + " managers above them",
              reader, customer));
    }
    return this;
  }

  /**
   * Returns whether a reader may see the card (DOMAIN D7.8): its owner, or one of the owner's
   * managers in the organisation.
   *
   * @param reader who asks; not null
   * @param organisation our hierarchy; not null
   * @return whether {@link #readBy} would return the card to the reader
   */
  public boolean mayBeReadBy(EmployeeId reader, Organisation organisation) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(organisation, "organisation");
    return reader.equals(owner) || organisation.isManagerOf(reader, owner);
  }

  private RuleViolationException violation(String command, String reason) {
    return new RuleViolationException(
        "ExpansionCard " + customer,
        "owned by " + owner + ", last reviewed " + lastReviewedOn(),
        command,
        RuleId.D10_3,
        reason);
  }

  private static <T> List<T> append(List<T> list, T element) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1)
        .addAll(list)
        .add(element)
        .build();
  }

  /**
   * {@return e.g. {@code ExpansionCard[CU-1 owned by E-LI, opened 2026-01-05, 3 key persons, 2
   * tasks, sponsor E-QIAN, 2 channels, 1 commitment, review due 2026-07-05]}: counts and ids, never
   * a profile (D7.8)}
   */
  @Override
  public String toString() {
    return "ExpansionCard["
        + customer
        + " owned by "
        + owner
        + ", opened "
        + openedOn
        + ", "
        + count(keyPersons.size(), "key person", "key persons")
        + ", "
        + count(tasks.size(), "task", "tasks")
        + ", sponsor "
        + sponsor().map(EmployeeId::toString).orElse("none")
        + ", "
        + count(channels.size(), "channel", "channels")
        + ", "
        + count(commitments.size(), "commitment", "commitments")
        + ", review due "
        + nextReviewOn()
        + "]";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
