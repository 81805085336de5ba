package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;

/**
 * A way to reach a person (DOMAIN D7.10): from one of our people, through people who know each
 * other, to the target, each step by a {@link ConnectionType}. Found by {@link
 * ConnectionNetwork#paths}.
 *
 * <p>True of every path: it starts at one of {@link Contact.Employee our people}, ends at {@link
 * Contact.Person another person}, has at least one hop, visits no one twice, and has one link per
 * hop.
 *
 * @param contacts the people along the path, from ours to the target; not null
 * @param links the connection of each hop, {@code links.get(i)} between {@code contacts.get(i)} and
 *     {@code contacts.get(i + 1)}; not null
 */
public record ConnectionPath(List<Contact> contacts, List<ConnectionType> links) {

  private static final Comparator<Contact> CONTACT_ORDER =
      Comparator.comparing((Contact c) -> !c.ours()).thenComparing(c -> c.id().value());

  private static final Comparator<ConnectionPath> BEST_FIRST =
      Comparator.comparingInt(ConnectionPath::hops)
          .thenComparing(Comparator.comparingInt(ConnectionPath::weakestStrength).reversed())
          .thenComparing(Comparator.comparingInt(ConnectionPath::totalStrength).reversed())
          .thenComparing(ConnectionPath::compareContacts);

  /**
   * Checks the path's shape and copies the lists.
   *
   * @param contacts the people along the path, from ours to the target; not null
   * @param links the connection of each hop, {@code links.get(i)} between {@code contacts.get(i)}
   *     and {@code contacts.get(i + 1)}; not null
   * @throws IllegalArgumentException if the path does not start at one of ours, does not end at
   *     another person, has no hop, visits someone twice, or has not one link per hop
   */
  public ConnectionPath {
    Objects.requireNonNull(contacts, "contacts");
    Objects.requireNonNull(links, "links");
    contacts = ImmutableList.copyOf(contacts);
    links = ImmutableList.copyOf(links);
    checkArgument(contacts.size() >= 2, "a connection path has at least one hop (DOMAIN D7.10)");
    checkArgument(
        links.size() == contacts.size() - 1,
        "a connection path has one link per hop: %s contacts, %s links",
        contacts.size(),
        links.size());
    checkArgument(
        contacts.get(0) instanceof Contact.Employee,
        "a connection path starts at one of our people, not %s (DOMAIN D7.10)",
        contacts.get(0));
    checkArgument(
        contacts.get(contacts.size() - 1) instanceof Contact.Person,
        "a connection path ends at the person to reach, not %s (DOMAIN D7.10)",
        contacts.get(contacts.size() - 1));
    checkArgument(
        contacts.stream().distinct().count() == contacts.size(),
        "a connection path visits no one twice: %s",
        contacts);
  }

  /**
   * Returns the ranking of {@link ConnectionNetwork#paths}, best first:
   *
   * <ol>
   *   <li>fewer hops first;
   *   <li>then the stronger {@link #weakestLink() weakest link} (a path is as strong as its weakest
   *       link, by {@link ConnectionType#strength()});
   *   <li>then the greater {@link #totalStrength() total strength};
   *   <li>then, to be deterministic, the contacts compared one by one: ours before other people,
   *       then by id value.
   * </ol>
   *
   * @return the comparator, consistent with {@code equals} for paths found in one network; never
   *     null
   */
  public static Comparator<ConnectionPath> bestFirst() {
    return BEST_FIRST;
  }

  /** {@return the employee the path starts from; never null} */
  public EmployeeId from() {
    return ((Contact.Employee) contacts.get(0)).id();
  }

  /** {@return the person the path reaches; never null} */
  public PersonId to() {
    return ((Contact.Person) contacts.get(contacts.size() - 1)).id();
  }

  /** {@return the number of hops, at least 1} */
  public int hops() {
    return links.size();
  }

  /**
   * Returns the weakest link by {@link ConnectionType#strength()}; of equally weak links, the one
   * nearest the start.
   *
   * @return the link; never null
   */
  public ConnectionType weakestLink() {
    return links.stream().min(Comparator.comparingInt(ConnectionType::strength)).orElseThrow();
  }

  /** {@return the sum of the links' {@link ConnectionType#strength() strengths}} */
  public int totalStrength() {
    return links.stream().mapToInt(ConnectionType::strength).sum();
  }

  /**
   * Returns the circle through which the path enters the target's life (D7.10): the circle of the
   * last link. Reaching the {@link ContactCircle#LIFE_CIRCLE life circle} is the standard of
   * progress.
   *
   * @return the circle; never null
   */
  public ContactCircle entryCircle() {
    return links.get(links.size() - 1).circle();
  }

  /** {@return e.g. {@code E-1 (ours) —colleague— P-9 —family— P-3}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(contacts.get(0).toString());
    for (int i = 0; i < links.size(); i++) {
      text.append(" —").append(links.get(i).label()).append("— ").append(contacts.get(i + 1));
    }
    return text.toString();
  }

  private int weakestStrength() {
    return weakestLink().strength();
  }

  private int compareContacts(ConnectionPath other) {
    for (int i = 0; i < Math.min(contacts.size(), other.contacts.size()); i++) {
      int order = CONTACT_ORDER.compare(contacts.get(i), other.contacts.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(contacts.size(), other.contacts.size());
  }
}
