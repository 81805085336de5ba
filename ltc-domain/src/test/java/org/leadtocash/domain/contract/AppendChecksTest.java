package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.contract.ContractFixtures.CONTRACT;
import static org.leadtocash.domain.contract.ContractFixtures.drafted;
import static org.leadtocash.domain.contract.ContractFixtures.signed;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.Append;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.DomainEvent;

/**
 * An append to an event stream holds the next versions of one stream (DOMAIN D5.1: a contract's
 * history is a stream of its own events, one version after another).
 */
class AppendChecksTest {

  private static final List<DomainEvent> DRAFT = List.copyOf(drafted().events());

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D5.1: a new stream is appended at version 0; the next command after it")
  void appendsAtTheStreamsVersion() {
    Append first = Append.of(drafted());
    assertEquals(0, first.expectedVersion());
    assertEquals(CONTRACT, first.stream());
    Append next =
        Append.of(drafted().state().sign(ContractFixtures.atc(), ContractFixtures.day(56)));
    assertEquals(1, next.expectedVersion());
    assertEquals(signed().events().size() - 1, next.events().size());
  }

  @Test
  @DisplayName("DOMAIN D5.1: version -1 and an empty append are refused")
  void versionAndEmptiness() {
    assertEquals(
        "a stream's version is 0 or more, not -1", refused(() -> new Append(CONTRACT, -1, DRAFT)));
    assertEquals(
        "an append holds at least one event", refused(() -> new Append(CONTRACT, 0, List.of())));
  }

  @Test
  @DisplayName("DOMAIN D5.1: an event of another stream, or at the wrong version, is refused")
  void oneStreamInOrder() {
    String other = refused(() -> new Append(ContractId.of("CT-2"), 0, DRAFT));
    assertTrue(other.endsWith("is about CT-1, not the stream CT-2"), other);
    String skipped = refused(() -> new Append(CONTRACT, 1, DRAFT));
    assertTrue(skipped.endsWith("of stream CT-1 is at version 1 where the next is 2"), skipped);
  }
}
