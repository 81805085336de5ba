package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.ContractStatus;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.opportunity.GatePassage;

/**
 * A JSON document is input, and the codec forges no evidence (DOMAIN D5.1, D3.2, D6.2): it never
 * reads a {@link GatePassage}, which only an opportunity issues, nor a {@link GradeAttestation},
 * which only a customer issues, and a stored {@code contract.signed} it reads carries only the
 * decision, which replay checks again as strictly as the signature did.
 */
@DisplayName(
    "The codec forges no evidence: a passage or an attestation is never read, a stored signature is"
        + " checked")
class EvidenceReadingTest {

  private static final ObjectMapper JSON = LeadToCashModule.create().strictMapper();

  private static ObjectNode golden(String type) throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", type + ".v1.json");
    return (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The golden contract's first three events, the signature changed as given, replayed. */
  private static Contract replaySigned(Consumer<ObjectNode> tamper) throws IOException {
    List<ContractEvent> history = new ArrayList<>();
    for (String type : List.of("contract.drafted", "contract.risk-accepted")) {
      history.add(JSON.readValue(golden(type).toString(), ContractEvent.class));
    }
    ObjectNode signed = golden("contract.signed");
    tamper.accept((ObjectNode) signed.get("atc"));
    history.add(JSON.readValue(signed.toString(), ContractEvent.class));
    return Contract.replay(history);
  }

  @Test
  @DisplayName(
      "a document read as a GatePassage is refused: only an opportunity issues one (DOMAIN D5.1)")
  void aPassageIsNeverRead() {
    String document =
        "{\"opportunity\":\"OP-71\",\"customer\":\"CU-75\",\"opportunityVersion\":12,"
            + "\"asOf\":\"2026-07-05T06:00:00Z\"}";
    Exception refused =
        assertThrows(Exception.class, () -> JSON.readValue(document, GatePassage.class));
    assertTrue(
        refused.getMessage().contains("cannot write or read " + GatePassage.class.getName()),
        refused::getMessage);
  }

  @Test
  @DisplayName(
      "a document read as a GradeAttestation is refused: only a customer issues one (DOMAIN"
          + " D6.2)")
  void anAttestationIsNeverRead() {
    String document =
        "{\"customer\":\"CU-75\",\"customerVersion\":4,\"grade\":\"C\","
            + "\"effectiveOn\":\"2026-01-05\",\"asOf\":\"2026-01-05T09:00:00Z\"}";
    Exception refused =
        assertThrows(Exception.class, () -> JSON.readValue(document, GradeAttestation.class));
    assertTrue(
        refused.getMessage().contains("cannot write or read " + GradeAttestation.class.getName()),
        refused::getMessage);
  }

  @Test
  @DisplayName(
      "a stored signature replays when its decision is the approved ATC of the contract's own"
          + " opportunity, and is refused naming D5.1 when it is not")
  void aStoredSignatureIsCheckedOnReplay() throws IOException {
    assertEquals(ContractStatus.SIGNED, replaySigned(atc -> {}).status());
    for (Consumer<ObjectNode> forged :
        List.<Consumer<ObjectNode>>of(
            atc -> atc.put("opportunity", "OP-72"),
            atc -> ((ObjectNode) atc.get("ruling")).put("gate", "ATB"),
            atc -> ((ObjectNode) atc.get("ruling")).put("verdict", "REJECTED"))) {
      RejectedHistoryException e =
          assertThrows(RejectedHistoryException.class, () -> replaySigned(forged));
      assertEquals(RuleId.D5_1, e.rule(), e::getMessage);
      assertTrue(e.getMessage().contains("[DOMAIN D5.1]"), e::getMessage);
    }
  }
}
