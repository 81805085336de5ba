package org.leadtocash.domain.common;

/**
 * Who may read the personal data of one of the customer's people (DOMAIN D7.8): the rule a value
 * that holds personal data applies before it hands any of it out, with the reader named.
 *
 * <p>The business-relevance and minimum-contact principles of D7.8 say a person's personal data is
 * seen only where the business needs it. The domain's own answer is {@code
 * RelationshipCards.access(organisation)} (package {@code org.leadtocash.domain.relationship}): the
 * holder of the key relationship with the person, and the holder's managers, may read it; the
 * holder's peers, the people below the holder and everyone else may not, nor anyone at all when no
 * one holds a relationship with the person. A host that needs another rule implements this
 * interface; whatever it answers, the value that asks still names the reader and refuses with an
 * {@link AccessDeniedException} citing D7.8.
 *
 * <p>An implementation answers from what it is given, without reading the clock or doing I/O, and
 * the same question always gets the same answer.
 */
@FunctionalInterface
public interface PersonalDataAccess {

  /**
   * Returns whether the reader may read the person's personal data (DOMAIN D7.8).
   *
   * @param reader which of our people asks; not null
   * @param person whose personal data it is; not null
   * @return whether the reader may read it
   */
  boolean mayRead(EmployeeId reader, PersonId person);
}
