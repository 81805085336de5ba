package org.leadtocash.domain.process;

/**
 * What an adaptation changes in a process architecture (DOMAIN D1.2): {@link ReviseCard revise} a
 * process's card, {@link AddProcess add} a child process, or {@link RetireProcess retire} a process
 * with everything below it.
 */
public sealed interface ProcessChange permits ReviseCard, AddProcess, RetireProcess {

  /**
   * Returns the change that replaces a process's card by a revision; the revision keeps the card's
   * id, level, parent and children (its place in the tree).
   *
   * @param card the revised card; not null
   * @return the change, never null
   */
  static ProcessChange revise(ProcessCard card) {
    return new ReviseCard(card);
  }

  /**
   * Returns the change that adds a new child process, with no children yet, under the process the
   * adaptation is sent to.
   *
   * @param card the new process's card; not null
   * @return the change, never null
   */
  static ProcessChange add(ProcessCard card) {
    return new AddProcess(card);
  }

  /**
   * Returns the change that retires the process the adaptation is sent to, with every process below
   * it.
   *
   * @return the change, never null
   */
  static ProcessChange retire() {
    return new RetireProcess();
  }

  /** {@return the change's verb for messages: {@code revise}, {@code add} or {@code retire}} */
  String verb();
}
