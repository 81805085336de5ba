package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;

/**
 * One piece of the voice of the customer (DOMAIN D8.1): what kind it is, where it came from, when,
 * what it says and, if known, which of the customer's people said it.
 *
 * @param customer the customer; not null
 * @param kind what it is; not null
 * @param source where it reached us; not null
 * @param receivedOn when; not null
 * @param content what the customer said; not null, not blank
 * @param from the customer's person who said it, if known; not null
 */
public record Feedback(
    CustomerId customer,
    FeedbackKind kind,
    FeedbackSource source,
    LocalDate receivedOn,
    String content,
    Optional<PersonId> from) {

  /**
   * Checks the parts.
   *
   * @param customer the customer; not null
   * @param kind what it is; not null
   * @param source where it reached us; not null
   * @param receivedOn when; not null
   * @param content what the customer said; not null, not blank
   * @param from the customer's person who said it, if known; not null
   * @throws IllegalArgumentException if the content is blank
   */
  public Feedback {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(from, "from");
    checkArgument(!content.isBlank(), "feedback says something (DOMAIN D8.1)");
  }

  /**
   * Returns feedback from an unnamed person.
   *
   * @param customer the customer; not null
   * @param kind what it is; not null
   * @param source where it reached us; not null
   * @param receivedOn when; not null
   * @param content what the customer said; not null, not blank
   * @return the feedback, never null
   * @throws IllegalArgumentException if the content is blank
   */
  public static Feedback of(
      CustomerId customer,
      FeedbackKind kind,
      FeedbackSource source,
      LocalDate receivedOn,
      String content) {
    return new Feedback(customer, kind, source, receivedOn, content, Optional.empty());
  }

  /**
   * Returns this feedback attributed to one of the customer's people.
   *
   * @param person who said it; not null
   * @return the attributed feedback, never null
   */
  public Feedback from(PersonId person) {
    Objects.requireNonNull(person, "person");
    return new Feedback(customer, kind, source, receivedOn, content, Optional.of(person));
  }

  /** {@return whether it came from an active source: we sought it out (D8.1)} */
  public boolean isActive() {
    return source.isActive();
  }

  /** {@return whether it is a complaint} */
  public boolean isComplaint() {
    return kind == FeedbackKind.COMPLAINT;
  }
}
